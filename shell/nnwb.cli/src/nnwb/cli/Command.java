package nnwb.cli;

import java.util.concurrent.Callable;

/**
 * One headless command, {@code nnwb <name> ...}, contributed as a Declarative Services component
 * ({@code @Component(service = Command.class)}) by any bundle: the CLI collects every registered
 * command through a whiteboard, so installing a bundle adds its commands to {@code nnwb --help}.
 * <p>
 * An implementation is a picocli command: its class carries {@code @picocli.CommandLine.Command}
 * with the command's {@code name} and a one-line {@code description}, and its options and
 * parameters as annotated fields. Extend {@link CommandBase} for {@code --json}, {@code --help}
 * and the output stream. {@link #call()} returns the exit code; bad input is reported by throwing
 * {@link UsageException} (exit code 2, one line on stderr).
 */
public interface Command extends Callable<Integer> {

    /** The word that selects this command, read from its {@code @CommandLine.Command} annotation. */
    default String name() {
        picocli.CommandLine.Command c = getClass().getAnnotation(picocli.CommandLine.Command.class);
        if (c == null || c.name().isEmpty()) {
            throw new IllegalStateException(getClass().getName() + " lacks @CommandLine.Command(name = ...)");
        }
        return c.name();
    }

    @Override
    Integer call() throws UsageException;
}
