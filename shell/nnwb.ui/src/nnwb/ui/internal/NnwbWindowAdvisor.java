package nnwb.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import nnwb.ui.internal.startup.StartupReport;
import nnwb.ui.internal.startup.StartupSplash;

/** Size and title of the workbench window; its editor area follows its editors ({@link EditorAreaFollowsEditors}). */
class NnwbWindowAdvisor extends WorkbenchWindowAdvisor {

    NnwbWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new NnwbActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        StartupSplash.status("Opening the Coursework perspective and its tools ...");
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
        c.setInitialSize(new Point(Math.max(1024, screen.width), Math.max(700, screen.height)));
        c.setShowCoolBar(false);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(false);
        c.setTitle("NN Workbench");
    }

    @Override
    public void postWindowCreate() {
        StartupSplash.status("Drawing the window ...");
    }

    /** Hides the editor area while no editor is open, then draws the window's parts now, whatever the UI thread does next. */
    @Override
    public void postWindowOpen() {
        EditorAreaFollowsEditors.follow(getWindowConfigurer().getWindow());
        getWindowConfigurer().getWindow().getShell().update();
        StartupReport.mark("window_open");
    }
}
