package nnwb.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.cli.Cli;
import nnwb.cli.Command;

/**
 * {@code nnwb <command>}: the headless Equinox application; its result is the process exit code.
 * The application is created by the platform, not by Declarative Services, so it is the one place
 * that asks OSGi for a service: the {@link CommandWhiteboard}, which collects every command. Asked by
 * the start script, it also writes the bundles a command needs ({@link CommandClosure}), or, on a
 * configuration cut for another command, exits {@link CommandClosure#NOT_HERE} without running it.
 */
public class CliApplication implements IApplication {

    private static final long WAIT_MS = 10_000;

    @Override
    public Object start(IApplicationContext context) throws InterruptedException {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> argv = raw == null ? List.of() : Arrays.asList(raw);
        context.applicationRunning();
        BundleContext bc = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        ServiceTracker<CommandWhiteboard, CommandWhiteboard> tracker = new ServiceTracker<>(bc, CommandWhiteboard.class, null);
        tracker.open();
        try {
            CommandWhiteboard board = tracker.waitForService(WAIT_MS);
            if (board == null) {
                System.err.println("nnwb: the command registry did not start (is org.apache.felix.scr running?)");
                return Integer.valueOf(Cli.EXIT_FAILURE);
            }
            List<Command> commands = board.commands();
            Command command = argv.isEmpty() ? null
                    : commands.stream().filter(c -> c.name().equals(argv.get(0))).findFirst().orElse(null);
            String cutFor = bc.getProperty(CommandClosure.CUT_FOR);
            if (cutFor != null && (command == null || !cutFor.equals(command.name()))) {
                // a configuration cut for one command lacks this one: the start script reruns it on the lean one
                return Integer.valueOf(CommandClosure.NOT_HERE);
            }
            int code = new Cli(commands).run(argv, System.out, System.err);
            System.out.flush();
            String closure = bc.getProperty(CommandClosure.OUTPUT);
            if (closure != null && command != null && code != Cli.EXIT_FAILURE) {
                writeClosure(bc, command, Path.of(closure));
            }
            return Integer.valueOf(code);
        } finally {
            tracker.close();
        }
    }

    private static void writeClosure(BundleContext bc, Command command, Path file) {
        try {
            String roots = bc.getProperty(CommandClosure.ROOTS);
            CommandClosure.write(bc, command, roots == null ? List.of() : List.of(roots.split(",")), file);
        } catch (IOException | RuntimeException | LinkageError e) {
            // only a start-up shortcut is lost: the next start tries again
        }
    }

    @Override
    public void stop() {
        // commands are short-lived and not interruptible
    }
}
