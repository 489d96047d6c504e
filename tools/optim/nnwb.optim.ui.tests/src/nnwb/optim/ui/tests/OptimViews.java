package nnwb.optim.ui.tests;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Text;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import nnwb.optim.ui.internal.OptimTracePart;
import nnwb.optim.ui.internal.TraceView;
import nnwb.test.harness.Screenshots;
import nnwb.ui.parts.FileChooser;

/** Opens the view and drives its controls as a user would (typing fires Modify, choosing fires Selection). */
final class OptimViews {

    private OptimViews() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Shows the view and returns its TraceView. */
    static TraceView open() throws Exception {
        page().showView(OptimTracePart.ID);
        flush();
        OptimTracePart part = find(page().getWorkbenchWindow().getShell());
        if (part == null) {
            throw new AssertionError("the Optimizer traces part is not in the window");
        }
        return part.view();
    }

    /** Shows the view maximized, traced by the engine only. */
    static TraceView openMaximized() throws Exception {
        TraceView view = open();
        page().setPartState(page().getReference(page().findView(OptimTracePart.ID)), IWorkbenchPage.STATE_MAXIMIZED);
        view.setBackend(TraceView.Backend.ENGINE_ONLY);
        flush();
        return view;
    }

    /** Puts the maximized view back in its place. */
    static void restore() {
        page().setPartState(page().getReference(page().findView(OptimTracePart.ID)), IWorkbenchPage.STATE_RESTORED);
    }

    private static OptimTracePart find(Composite c) {
        for (Control child : c.getChildren()) {
            Object d = child.getData(OptimTracePart.class.getName());
            if (d instanceof OptimTracePart p && !child.isDisposed()) {
                return p;
            }
            if (child instanceof Composite comp) {
                OptimTracePart p = find(comp);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    static void flush() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // run pending events
        }
    }

    /** Runs the event loop until {@code done} or {@code seconds} pass. */
    static boolean waitFor(BooleanSupplier done, int seconds) {
        Display d = Display.getCurrent();
        long until = System.currentTimeMillis() + seconds * 1000L;
        while (!done.getAsBoolean() && System.currentTimeMillis() < until) {
            if (!d.readAndDispatch()) {
                d.timerExec(20, () -> { });
                d.sleep();
            }
        }
        return done.getAsBoolean();
    }

    static void type(Text t, String value) {
        t.setText(value);
        flush();
    }

    static void choose(Combo c, String item) {
        c.setText(item);
        c.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    static void slide(Scale s, int position) {
        s.setSelection(position);
        s.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    static void click(Button b) {
        if ((b.getStyle() & SWT.CHECK) != 0) {
            b.setSelection(!b.getSelection());
        }
        b.notifyListeners(SWT.Selection, new Event());
        flush();
    }

    static void select(org.eclipse.swt.widgets.TabFolder tabs, String name) {
        for (int i = 0; i < tabs.getItemCount(); i++) {
            if (tabs.getItem(i).getText().equals(name)) {
                tabs.setSelection(i);
                tabs.notifyListeners(SWT.Selection, new Event());
                flush();
                return;
            }
        }
        throw new AssertionError("no tab " + name);
    }

    static File screenshot(String name) {
        return Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                new File("target/screenshots/optim-" + name + ".png"));
    }

    /**
     * Clicks the view's button {@code text} with the part's file chooser answering {@code file}: the button runs its
     * command, whose handler (in the part's context) reads or writes the file. Returns the name a save proposed.
     */
    static String clickWithFile(TraceView view, String text, Path file) {
        String[] proposed = {""};
        IEclipseContext context = page().getWorkbenchWindow().getService(EPartService.class).findPart(OptimTracePart.ID).getContext();
        context.set(FileChooser.class, new FileChooser() {
            @Override
            public Optional<Path> save(String extension, String suggested) {
                proposed[0] = suggested;
                return Optional.of(file);
            }

            @Override
            public Optional<Path> open(String... extensions) {
                return Optional.of(file);
            }
        });
        try {
            click(button(view.control(), text));
        } finally {
            context.remove(FileChooser.class);
        }
        return proposed[0];
    }

    /** The button labelled {@code text} under {@code c}. */
    static Button button(Control c, String text) {
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

    /** The visible "View Menu" button on a part stack under {@code c}, or null. */
    static org.eclipse.swt.widgets.ToolItem viewMenuItem(Composite c) {
        for (Control child : c.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.ToolBar bar && bar.isVisible()) {
                for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                    if ("View Menu".equals(item.getToolTipText())) {
                        return item;
                    }
                }
            }
            if (child instanceof Composite comp) {
                org.eclipse.swt.widgets.ToolItem item = viewMenuItem(comp);
                if (item != null) {
                    return item;
                }
            }
        }
        return null;
    }
}
