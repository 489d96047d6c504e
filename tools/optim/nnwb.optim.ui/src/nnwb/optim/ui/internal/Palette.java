package nnwb.optim.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/** Optimizer {@code i}'s colour: the system colours of the shared chart wrapper, in its order (nothing to dispose). */
final class Palette {

    private static final int[] COLORS = {SWT.COLOR_BLUE, SWT.COLOR_RED, SWT.COLOR_DARK_GREEN, SWT.COLOR_MAGENTA,
        SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_GRAY};

    private Palette() {
    }

    static Color color(Display d, int i) {
        return d.getSystemColor(COLORS[Math.floorMod(i, COLORS.length)]);
    }
}
