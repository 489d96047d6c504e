package nnwb.ui.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import nnwb.ui.Coursework;
import nnwb.ui.internal.startup.StartupReport;
import nnwb.ui.internal.startup.StartupSplash;

/** Opens the Coursework perspective over the workspace and keeps the layout the user left. */
public class NnwbWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        StartupSplash.status("Opening the workspace ...");
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
    }

    @Override
    public void preStartup() {
        StartupSplash.status("Loading the tools ...");
    }

    /** The workspace root: projects hold models, runs and assignment progress. */
    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    /** Saves the workspace so nothing a user made is lost. */
    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, null);
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    /**
     * Opens the files named on the command line ({@code nnwb model.nnet}); once the event loop has drawn the
     * window, closes the start-up window.
     */
    @Override
    public void postStartup() {
        Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
        display.asyncExec(() -> windowDrawn(display));
        var window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            OpenFiles.open(window.getActivePage(), OpenFiles.requested(org.eclipse.core.runtime.Platform.getApplicationArgs()));
        }
    }

    private static void windowDrawn(Display display) {
        for (Shell s : display.getShells()) {
            if (!s.isDisposed() && s.isVisible() && s != startupShell()) {
                s.update();
            }
        }
        StartupSplash.close();
        StartupReport.mark(StartupReport.WINDOW_PAINTED);
        display.asyncExec(() -> StartupReport.mark(StartupReport.WINDOW_READY));
    }

    private static Shell startupShell() {
        StartupSplash s = StartupSplash.current();
        return s == null ? null : s.shell();
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return Coursework.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new NnwbWindowAdvisor(configurer);
    }
}
