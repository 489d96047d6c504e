package nnwb.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.TableColumn;

/** Table column widths that never cut their own header (issue 24: headers such as "measured/predicted (dl4j)"). */
public final class Columns {

    private Columns() {
    }

    /**
     * Sets {@code column}'s width to {@code width} or, if its header needs more, to the header's text width in the
     * table's font plus room for the sort arrow and padding (about two text heights).
     */
    public static void width(TableColumn column, int width) {
        GC gc = new GC(column.getParent());
        try {
            gc.setFont(column.getParent().getFont());
            var ext = gc.textExtent(column.getText(), SWT.DRAW_MNEMONIC);
            column.setWidth(Math.max(width, ext.x + 2 * ext.y));
        } finally {
            gc.dispose();
        }
    }
}
