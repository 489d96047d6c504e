package nnwb.filter.ui.tests;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import nnwb.compute.ComputeService;
import nnwb.filter.ui.internal.FilterCanvas;
import nnwb.filter.ui.internal.FilterCanvasPart;
import nnwb.filter.ui.internal.LatestJob;
import nnwb.test.harness.ComputeServices;
import nnwb.test.harness.Parts;
import nnwb.test.harness.Screenshots;
import nnwb.ui.parts.FileChooser;

/** Opens the Filter canvas maximized, finds its part, waits for jobs, sends mouse events and saves screenshots. */
final class Canvases {


    private Canvases() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static FilterCanvas open() throws Exception {
        IViewPart view = page().showView(FilterCanvasPart.ID);
        page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        FilterCanvasPart part = Parts.find(page().getWorkbenchWindow().getShell(), FilterCanvasPart.class);
        if (part == null) {
            throw new AssertionError("the Filter canvas part is not in the window");
        }
        settle(300);
        return part.canvas();
    }

    static void restore() {
        IViewPart view = page().findView(FilterCanvasPart.ID);
        if (view != null) {
            page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }

    /** The compute service from the OSGi registry, its backend started. */
    static ComputeService compute() throws Exception {
        return ComputeServices.started();
    }

    static void settle(long millis) {
        Screenshots.settle(Display.getCurrent(), millis);
    }

    /** Runs the event loop until {@code done} holds, failing after {@code millis}. */
    static void waitUntil(BooleanSupplier done, String what, long millis) {
        Display d = Display.getCurrent();
        long until = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> { });
                d.sleep();
            }
        }
    }

    /** Waits until {@code job} has nothing running or queued and has delivered at least one more result. */
    static void waitForJob(LatestJob job, String what) {
        waitUntil(() -> !job.busy(), what, 180_000);
        settle(100);
    }

    static void mouse(Control c, int type, Point at, int button, int stateMask) {
        Event e = new Event();
        e.x = at.x;
        e.y = at.y;
        e.button = button;
        e.stateMask = stateMask;
        c.notifyListeners(type, e);
    }

    /** A drag on {@code c} from {@code from}, moving up by {@code up} pixels in steps of 5, with the left button held. */
    static void dragUp(Control c, Point from, int up) {
        mouse(c, SWT.MouseDown, from, 1, 0);
        for (int dy = 5; dy <= Math.abs(up); dy += 5) {
            mouse(c, SWT.MouseMove, new Point(from.x, from.y - Integer.signum(up) * dy), 0, SWT.BUTTON1);
            settle(5);
        }
        mouse(c, SWT.MouseUp, new Point(from.x, from.y - up), 1, SWT.BUTTON1);
    }

    /** Clicks radio button {@code on} of a group: it is selected, {@code off} are not, and its listeners hear it. */
    static void choose(org.eclipse.swt.widgets.Button on, org.eclipse.swt.widgets.Button... off) {
        for (var b : off) {
            b.setSelection(false);
        }
        on.setSelection(true);
        on.notifyListeners(SWT.Selection, new Event());
    }

    /** Sets a spinner as typing into it would: the value, then the Modify event its listeners hear. */
    static void set(org.eclipse.swt.widgets.Spinner s, int value) {
        s.setSelection(value);
        s.notifyListeners(SWT.Modify, new Event());
    }

    /** Waits until the Image tab shows the compute service's output for kernel {@code k} and the controls' operation now. */
    static nnwb.filter.ui.internal.ImageTab.Result computed(FilterCanvas canvas, nnwb.core.filter.kernel.Kernel k) {
        var image = canvas.image();
        waitUntil(() -> !image.busy() && image.last() != null && image.last().onComputeService()
                && image.last().plan().kernel().equals(k) && image.last().plan().spec().equals(image.spec())
                && sameShape(image.last().input(), image.input()),
                "the compute service's output for " + k, 180_000);
        return image.last();
    }

    private static boolean sameShape(nnwb.core.filter.Image a, nnwb.core.filter.Image b) {
        return b != null && a.rows() == b.rows() && a.cols() == b.cols() && a.channelCount() == b.channelCount();
    }

    /** Waits until the frequency panel shows the model's kernel. */
    static void responseShown(FilterCanvas canvas) {
        waitUntil(() -> canvas.frequency().shown() != null
                && canvas.frequency().shown().response().kernel().equals(canvas.model().kernel()), "the frequency response", 60_000);
        settle(50);
    }

    static File screenshot(String name) {
        return Screenshots.save(page().getWorkbenchWindow().getShell(), new File("target/screenshots/filter-" + name + ".png"));
    }

    /**
     * Clicks the canvas's button {@code text} with the part's file chooser answering {@code file}: the button runs
     * its command, whose handler (in the part's context) opens the file.
     */
    static void clickWithFile(FilterCanvas canvas, String text, Path file) {
        IEclipseContext context = page().getWorkbenchWindow().getService(EPartService.class).findPart(FilterCanvasPart.ID).getContext();
        context.set(FileChooser.class, new FileChooser() {
            @Override
            public Optional<Path> save(String extension, String suggested) {
                throw new AssertionError(text + " saves nothing");
            }

            @Override
            public Optional<Path> open(String... extensions) {
                return Optional.of(file);
            }
        });
        try {
            Button b = button(canvas.control(), text);
            if (b == null) {
                throw new AssertionError("no button " + text);
            }
            b.notifyListeners(SWT.Selection, new Event());
        } finally {
            context.remove(FileChooser.class);
        }
    }

    private static Button button(Control c, String text) {
        if (c instanceof Button b && text.equals(b.getText())) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button b = button(child, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }
}
