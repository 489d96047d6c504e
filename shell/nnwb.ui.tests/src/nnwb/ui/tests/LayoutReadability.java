package nnwb.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.Chart;

/**
 * What a reader of a tool's controls would call unreadable, measured on the live widgets: a label or button whose
 * text is wider than the control (its font's {@code textExtent}), a wrapped label cut at the bottom, a combo whose
 * shown item is cut, a chart smaller than {@link #MIN_W}x{@link #MIN_H} or a drawing canvas smaller than
 * {@link #CANVAS_MIN_W}x{@link #CANVAS_MIN_H}, a chart title wider than
 * its chart, a legend over the plot, and a control reaching past its parent's client area (outside a scrolled
 * composite, whose content is meant to be larger), and a tooltip on a combo (it covers the list the combo opens).
 */
final class LayoutReadability {

    static final int MIN_W = 300;
    static final int MIN_H = 200;
    /** A drawing canvas (a matrix, a kernel, an image) may be smaller than a chart (a 5x5 matrix at 20 px a cell). */
    static final int CANVAS_MIN_W = 100;
    static final int CANVAS_MIN_H = 100;
    /**
     * The data key (value {@code Boolean.TRUE}) of a canvas drawn small on purpose, such as a strip or a thumbnail;
     * its text and clipping are still checked.
     */
    static final String SMALL_BY_DESIGN = "nnwb.layout.smallByDesign";

    private final List<String> problems = new ArrayList<>();
    private final String where;

    private LayoutReadability(String where) {
        this.where = where;
    }

    /** Every problem found below {@code root} among its visible controls, each one line naming the control. */
    static List<String> check(Composite root, String where) {
        LayoutReadability r = new LayoutReadability(where);
        r.visit(root);
        return r.problems;
    }

    private void visit(Composite parent) {
        Rectangle area = parent.getClientArea();
        for (Control c : parent.getChildren()) {
            if (!c.isVisible()) {
                continue;
            }
            Rectangle b = c.getBounds();
            boolean scrolled = parent instanceof ScrolledComposite;
            if (!scrolled && !(parent instanceof CTabFolder) && !(parent instanceof TabFolder) && b.width > 0
                    && b.height > 0 && (b.x < -1 || b.y < -1 || b.x + b.width > area.x + area.width + 1
                            || b.y + b.height > area.y + area.height + 1)) {
                problem(c, "reaches past its parent (" + b + " in " + area + ")");
            }
            if (c instanceof Label l) {
                label(l);
            } else if (c instanceof Button btn) {
                button(btn);
            } else if (c instanceof Tree tree) {
                tree(tree);
            } else if (c instanceof Table table) {
                table(table);
            } else if (c instanceof Group group) {
                group(group);
            } else if (c instanceof Combo combo) {
                combo(combo);
            } else if (c instanceof Chart chart) {
                chart(chart);
                continue;
            } else if (c instanceof Canvas canvas && (c.getClass() == Canvas.class || c.getClass().getName().startsWith("nnwb."))
                    && !Boolean.TRUE.equals(c.getData(SMALL_BY_DESIGN))) {
                size(canvas, CANVAS_MIN_W, CANVAS_MIN_H);
            }
            if (c instanceof Composite k) {
                visit(k);
            }
        }
    }

    private void label(Label l) {
        String text = l.getText();
        if (text == null || text.isBlank() || l.getImage() != null) {
            return;
        }
        Point size = l.getSize();
        Rectangle area = new Rectangle(0, 0, size.x, size.y);
        if ((l.getStyle() & SWT.WRAP) != 0) {
            int need = l.computeSize(area.width, SWT.DEFAULT).y;
            if (need > area.height + 2) {
                problem(l, "wrapped text needs " + need + " px of height, has " + area.height);
            }
            return;
        }
        Point need = extent(l, text);
        if (need.x > area.width + 1) {
            problem(l, "text needs " + need.x + " px, has " + area.width);
        } else {
            visibleWidth(l, need.x);
        }
    }

    /**
     * The part of {@code c} (in its own coordinates) left visible by its ancestors' client areas up to the shell, or
     * {@code null} when none is.
     */
    private static Rectangle visible(Control c) {
        Rectangle r = new Rectangle(0, 0, c.getSize().x, c.getSize().y);
        Point origin = c.toDisplay(0, 0);
        for (Composite p = c.getParent(); p != null && !(p instanceof org.eclipse.swt.widgets.Shell); p = p.getParent()) {
            Rectangle a = p.getClientArea();
            Point at = p.toDisplay(a.x, a.y);
            r = r.intersection(new Rectangle(at.x - origin.x, at.y - origin.y, a.width, a.height));
            if (r.isEmpty()) {
                return null;
            }
        }
        return r;
    }

    /** A text {@code need} px wide from the control's left edge that a scrolled ancestor cuts at its right edge. */
    private void visibleWidth(Control c, int need) {
        Rectangle v = visible(c);
        if (v != null && v.x == 0 && need > v.width + 1) {
            problem(c, "text needs " + need + " px, only " + v.width + " px of it are visible (cut by a scrolled parent)");
        }
    }

    private void tree(Tree tree) {
        Rectangle area = tree.getClientArea();
        Rectangle v = visible(tree);
        int right = area.x + area.width;
        if (v != null) {
            right = Math.min(right, v.x + v.width);
        }
        int columns = Math.max(1, tree.getColumnCount());
        for (int i = 0; i < tree.getColumnCount(); i++) {
            TreeColumn col = tree.getColumn(i);
            header(tree, col.getText(), col.getWidth(), "column '" + col.getText() + "'");
        }
        for (TreeItem item : tree.getItems()) {
            treeItem(tree, item, columns, right);
        }
    }

    private void treeItem(Tree tree, TreeItem item, int columns, int right) {
        for (int col = 0; col < columns; col++) {
            String text = item.getText(col);
            if (text == null || text.isBlank()) {
                continue;
            }
            Rectangle cell = item.getTextBounds(col);
            int need = extent(tree, text).x;
            if (need > cell.width + 1) {
                problem(tree, "item '" + text + "' needs " + need + " px, its cell has " + cell.width);
            } else if (cell.x + need > right + 1) {
                problem(tree, "item '" + text + "' ends at " + (cell.x + need) + " px, the tree shows " + right);
            }
        }
        if (item.getExpanded()) {
            for (TreeItem child : item.getItems()) {
                treeItem(tree, child, columns, right);
            }
        }
    }

    private void table(Table table) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            TableColumn col = table.getColumn(i);
            if (table.getHeaderVisible()) {
                header(table, col.getText(), col.getWidth(), "column '" + col.getText() + "'");
            }
        }
        int columns = Math.max(1, table.getColumnCount());
        int rows = Math.min(table.getItemCount(), 200);
        for (int r = 0; r < rows; r++) {
            TableItem item = table.getItem(r);
            for (int col = 0; col < columns; col++) {
                String text = item.getText(col);
                if (text == null || text.isBlank()) {
                    continue;
                }
                Rectangle cell = item.getTextBounds(col);
                int need = extent(table, text).x;
                if (need > cell.width + 1) {
                    String name = table.getColumnCount() == 0 ? "" : " (column '" + table.getColumn(col).getText() + "')";
                    problem(table, "cell '" + text + "'" + name + " needs " + need + " px, has " + cell.width);
                }
            }
        }
    }

    /** A column header: its text and the sort arrow's room (about a text height) within the column's width. */
    private void header(Control c, String text, int width, String what) {
        if (text == null || text.isBlank() || width == 0) {
            return;
        }
        Point ext = extent(c, text);
        int need = ext.x + ext.y;
        if (need > width + 1) {
            problem(c, what + " needs about " + need + " px, has " + width);
        }
    }

    private void group(Group g) {
        String text = g.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        // the frame's corner and the title's padding take about a text height beside the title
        Point ext = extent(g, text);
        int need = ext.x + ext.y;
        if (need > g.getSize().x + 1) {
            problem(g, "title needs about " + need + " px, the group is " + g.getSize().x);
        } else {
            visibleWidth(g, need);
        }
    }

    private void button(Button b) {
        String text = b.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        int need = b.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        int textOnly = extent(b, text).x;
        if (need > b.getSize().x + 1 || textOnly > b.getSize().x) {
            problem(b, "text needs " + need + " px, has " + b.getSize().x);
        } else {
            visibleWidth(b, need);
        }
    }

    private void combo(Combo c) {
        if (c.getToolTipText() != null && !c.getToolTipText().isBlank()) {
            problem(c, "has a tooltip, which covers the list it opens (put it on the label beside it)");
        }
        String text = c.getText();
        if (text == null || text.isBlank()) {
            return;
        }
        // the arrow and the frame take about a text height and a half beside the text
        Point ext = extent(c, text);
        int need = ext.x + ext.y * 3 / 2;
        if (need > c.getSize().x + 1) {
            problem(c, "shown item needs about " + need + " px, has " + c.getSize().x);
        }
    }

    private void chart(Chart chart) {
        size(chart, MIN_W, MIN_H);
        String title = chart.getTitle().getText();
        if (chart.getTitle().isVisible() && title != null && !title.isBlank()) {
            GC gc = new GC(chart);
            try {
                gc.setFont(chart.getTitle().getFont());
                int need = gc.textExtent(title).x;
                if (need > chart.getClientArea().width) {
                    problem(chart, "title needs " + need + " px, chart is " + chart.getClientArea().width);
                }
            } finally {
                gc.dispose();
            }
        }
        if (chart.getLegend().isVisible() && chart.getLegend() instanceof Control legend && legend.isVisible()
                && chart.getPlotArea() instanceof Control plot && legend.getBounds().intersects(plot.getBounds())) {
            problem(chart, "legend " + legend.getBounds() + " lies over the plot " + plot.getBounds());
        }
        if (chart.getPlotArea() instanceof Control plot && (plot.getSize().x < MIN_W / 2 || plot.getSize().y < MIN_H / 2)) {
            problem(chart, "plot area only " + plot.getSize());
        }
    }

    private void size(Control c, int minW, int minH) {
        Point s = c.getSize();
        if (s.x < minW || s.y < minH) {
            problem(c, "is " + s.x + "x" + s.y + ", less than " + minW + "x" + minH);
        }
    }

    private static Point extent(Control c, String text) {
        GC gc = new GC(c);
        try {
            gc.setFont(c.getFont());
            return gc.textExtent(text, SWT.DRAW_MNEMONIC | SWT.DRAW_DELIMITER | SWT.DRAW_TAB);
        } finally {
            gc.dispose();
        }
    }

    private void problem(Control c, String what) {
        String name = c.getClass().getSimpleName();
        String text = c instanceof Label l ? l.getText() : c instanceof Button b ? b.getText()
                : c instanceof Combo k ? k.getText() : c instanceof Chart ch ? ch.getTitle().getText()
                : c instanceof Group g ? g.getText() : "";
        if (text != null && text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        problems.add(where + ": " + name + (text == null || text.isEmpty() ? "" : " '" + text + "'") + " " + what);
    }
}
