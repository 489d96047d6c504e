package nnwb.assignment.ui.tests;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import nnwb.test.harness.Screenshots;

/** Driving the workbench from a test: waiting with the event loop running, finding controls, screenshots. */
final class Ui {

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** Runs the event loop until {@code done} or the timeout; fails with {@code what} on timeout. */
    static void waitFor(String what, long millis, BooleanSupplier done) {
        long until = System.currentTimeMillis() + millis;
        Display d = display();
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

    static void settle(long millis) {
        Screenshots.settle(display(), millis);
    }

    /** Every control under {@code c} whose data {@code key} equals {@code value}. */
    static List<Control> find(Composite c, String key, Object value) {
        List<Control> out = new ArrayList<>();
        for (Control child : c.getChildren()) {
            if (value.equals(child.getData(key))) {
                out.add(child);
            }
            if (child instanceof Composite comp) {
                out.addAll(find(comp, key, value));
            }
        }
        return out;
    }

    static File shot(String name) {
        return Screenshots.save(shell(), new File("target/screenshots/" + name + ".png"));
    }
}
