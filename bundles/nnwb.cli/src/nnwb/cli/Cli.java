package nnwb.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * Plain-Java entry of the headless command line: dispatches {@code argv} to a
 * {@link Command}, turns {@link UsageException} into exit code 2 with a one-line
 * reason on stderr, and unexpected failures into exit code 1.
 */
public final class Cli {

    /** Exit code for bad input. */
    public static final int EXIT_USAGE = 2;

    private final Commands commands;

    public Cli(Commands commands) {
        this.commands = commands;
    }

    public int run(List<String> argv, PrintStream out, PrintStream err) {
        if (argv.isEmpty() || argv.get(0).equals("--help") || argv.get(0).equals("-h") || argv.get(0).equals("help")) {
            out.print(help());
            return 0;
        }
        String name = argv.get(0);
        Command command = commands.find(name).orElse(null);
        if (command == null) {
            err.println("nnwb: unknown command '" + name + "' (try: nnwb --help)");
            return EXIT_USAGE;
        }
        try {
            Args args = Args.parse(argv.subList(1, argv.size()), switchesOf(command));
            if (args.has("help")) {
                out.print(command.usage());
                return 0;
            }
            return command.run(args, out);
        } catch (UsageException e) {
            err.println("nnwb " + name + ": " + e.getMessage());
            return EXIT_USAGE;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("nnwb " + name + ": internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")));
            return 1;
        }
    }

    private static Set<String> switchesOf(Command c) {
        return c instanceof SwitchesAware s ? s.switches() : Set.of();
    }

    public String help() {
        StringBuilder sb = new StringBuilder();
        sb.append("Usage: nnwb                 start the workbench\n");
        sb.append("       nnwb COMMAND [options] [--json]\n\nCommands:\n");
        for (Command c : commands.all()) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.summary()));
        }
        sb.append("\n'nnwb COMMAND --help' describes one command. Exit codes: 0 ok, 2 bad input, 1 failure.\n");
        return sb.toString();
    }

    /** Implemented by commands that have boolean switches besides --json and --help. */
    public interface SwitchesAware {
        Set<String> switches();
    }
}
