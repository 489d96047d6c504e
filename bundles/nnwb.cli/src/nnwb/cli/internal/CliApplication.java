package nnwb.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nnwb.cli.Cli;

/** {@code nnwb <command>}: the headless Equinox application; its result is the process exit code. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] raw = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> argv = raw == null ? List.of() : Arrays.asList(raw);
        context.applicationRunning();
        Bundle self = FrameworkUtil.getBundle(CliApplication.class);
        Cli cli = new Cli(DefaultCommands.create(new OsgiBundleVersions(self.getBundleContext())));
        int code = cli.run(argv, System.out, System.err);
        System.out.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // commands are short-lived and not interruptible
    }
}
