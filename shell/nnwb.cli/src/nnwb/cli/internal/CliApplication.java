package nnwb.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.cli.Cli;

/**
 * {@code nnwb <command>}: the headless Equinox application; its result is the process exit code.
 * The application is created by the platform, not by Declarative Services, so it is the one place
 * that asks OSGi for a service: the {@link CommandWhiteboard}, which collects every command.
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
            int code = new Cli(board.commands()).run(argv, System.out, System.err);
            System.out.flush();
            return Integer.valueOf(code);
        } finally {
            tracker.close();
        }
    }

    @Override
    public void stop() {
        // commands are short-lived and not interruptible
    }
}
