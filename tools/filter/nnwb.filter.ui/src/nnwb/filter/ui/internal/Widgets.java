package nnwb.filter.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/** Small helpers to build the canvas's forms. */
public final class Widgets {

    private Widgets() {
    }

    public static GridLayout grid(int columns, int margin) {
        GridLayout g = new GridLayout(columns, false);
        g.marginWidth = margin;
        g.marginHeight = margin;
        return g;
    }

    public static Composite row(Composite parent, int columns) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(grid(columns, 0));
        return c;
    }

    public static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        return l;
    }

    public static Button button(Composite parent, String text, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    public static Button radio(Composite parent, String text, boolean selected, Runnable action) {
        Button b = new Button(parent, SWT.RADIO);
        b.setText(text);
        b.setSelection(selected);
        b.addListener(SWT.Selection, e -> {
            if (b.getSelection()) {
                action.run();
            }
        });
        return b;
    }

    public static Spinner spinner(Composite parent, int min, int max, int value, Runnable action) {
        Spinner s = new Spinner(parent, SWT.BORDER);
        s.setValues(value, min, max, 0, 1, 5);
        s.addListener(SWT.Modify, e -> action.run());
        return s;
    }

    public static Combo combo(Composite parent, int style, String[] items, int selected, Runnable action) {
        Combo c = new Combo(parent, style);
        c.setItems(items);
        if (selected >= 0) {
            c.select(selected);
        }
        c.addListener(SWT.Selection, e -> action.run());
        return c;
    }

    public static <T extends Control> T fill(T c, boolean grabH, boolean grabV, int span) {
        GridData d = new GridData(SWT.FILL, SWT.FILL, grabH, grabV, span, 1);
        c.setLayoutData(d);
        return c;
    }

    public static <T extends Control> T size(T c, int width, int height) {
        GridData d = new GridData(SWT.FILL, SWT.FILL, false, false);
        d.widthHint = width;
        d.heightHint = height;
        c.setLayoutData(d);
        return c;
    }

    /** Fires a selection event as a click would (for controls changed in code). */
    public static void fire(Control c) {
        c.notifyListeners(SWT.Selection, new Event());
    }

    /** A status line: red for problems, normal otherwise. */
    public static void status(Label label, String text, boolean problem) {
        if (label.isDisposed()) {
            return;
        }
        label.setText(text == null ? "" : text.replace("&", "&&"));
        label.setForeground(problem ? label.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        label.getParent().layout(new Control[] {label});
    }
}
