package nnwb.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import nnwb.ui.internal.startup.StartupReport;
import nnwb.ui.internal.startup.StartupSplash;

/**
 * Starts the workbench window; returns when the user closes it. The start-up window ({@link StartupSplash}) is drawn
 * as soon as the display exists, before the platform loads the workbench, and says what is loading.
 */
public class WorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        StartupReport.mark("application");
        Display display = PlatformUI.createDisplay();
        StartupReport.mark("display");
        StartupSplash.open(display, "Starting the workbench ...");
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new NnwbWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            StartupSplash.close();
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
