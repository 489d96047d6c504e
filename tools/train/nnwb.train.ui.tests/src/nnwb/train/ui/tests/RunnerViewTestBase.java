package nnwb.train.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import nnwb.train.ui.internal.RunnerView;
import nnwb.test.harness.OpenMp;
import nnwb.test.harness.Screenshots;

/**
 * The Training runner view opened maximised in the real workbench before each test (its controls found, confirmations
 * answered "no") and restored after it once its job has ended; shared by the view's UI tests.
 */
abstract class RunnerViewTestBase {

    protected IWorkbenchPage page;
    protected IViewPart part;
    protected RunnerView view;
    protected Display display;

    @BeforeAll
    static void passiveOpenMp() {
        OpenMp.passive();
    }

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        part = page.showView("nnwb.train.ui.runner");
        page.setPartState(page.getReference(part), IWorkbenchPage.STATE_MAXIMIZED);
        display = page.getWorkbenchWindow().getShell().getDisplay();
        view = find(page.getWorkbenchWindow().getShell());
        assertNotNull(view, "the runner view's controls");
        view.setConfirm((title, question) -> false);
    }

    @AfterEach
    void restore() {
        waitForJob(120_000);
        page.setPartState(page.getReference(part), IWorkbenchPage.STATE_RESTORED);
    }

    protected static RunnerView find(Composite c) {
        for (Control child : c.getChildren()) {
            if (child.getData(RunnerView.class.getName()) instanceof RunnerView v) {
                return v;
            }
            if (child instanceof Composite comp) {
                RunnerView v = find(comp);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    protected Shell shell() {
        return page.getWorkbenchWindow().getShell();
    }

    protected void waitForJob(long millis) {
        long until = System.currentTimeMillis() + millis;
        Job j = view == null ? null : view.job();
        while (j != null && j.getState() != Job.NONE && System.currentTimeMillis() < until) {
            Screenshots.settle(display, 50);
        }
        Screenshots.settle(display, 2 * RunnerView.REFRESH_MS + 100);
    }
}
