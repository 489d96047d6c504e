package nnwb.model.ui.internal.summary;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/** Draws a {@link LayerGraph}: boxes top to bottom, straight edges between neighbours, skip arcs on lanes. */
public final class GraphCanvas {

    static final int BOX_W = 300;
    static final int BOX_H = 34;
    static final int GAP = 14;
    static final int LANE = 14;
    static final int MARGIN = 10;

    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private final Color box;
    private final Color input;
    private final Color skip;
    private LayerGraph graph;

    public GraphCanvas(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        scroller.setContent(canvas);
        LocalResourceManager r = new LocalResourceManager(JFaceResources.getResources(), canvas);
        box = r.create(ColorDescriptor.createFrom(new RGB(222, 234, 250)));
        input = r.create(ColorDescriptor.createFrom(new RGB(214, 240, 214)));
        skip = r.create(ColorDescriptor.createFrom(new RGB(200, 60, 60)));
        canvas.addListener(SWT.Paint, this::paint);
    }

    public Composite control() {
        return scroller;
    }

    public LayerGraph graph() {
        return graph;
    }

    public void show(LayerGraph g) {
        graph = g;
        int lanes = g.edges().stream().mapToInt(LayerGraph.Edge::lane).max().orElse(0);
        int h = 2 * MARGIN + g.boxes().size() * (BOX_H + GAP);
        canvas.setSize(2 * MARGIN + BOX_W + (lanes + 1) * LANE, h);
        canvas.redraw();
    }

    private static int top(int index) {
        return MARGIN + index * (BOX_H + GAP);
    }

    private void paint(Event e) {
        if (graph == null) {
            return;
        }
        GC gc = e.gc;
        for (LayerGraph.Box b : graph.boxes()) {
            int y = top(b.index());
            gc.setBackground(b.index() == 0 ? input : box);
            gc.fillRoundRectangle(MARGIN, y, BOX_W, BOX_H, 8, 8);
            gc.drawRoundRectangle(MARGIN, y, BOX_W, BOX_H, 8, 8);
            gc.drawText(b.name() + "  (" + b.type() + ")", MARGIN + 6, y + 2, true);
            gc.drawText("→ " + b.shape(), MARGIN + 6, y + 17, true);
        }
        for (LayerGraph.Edge edge : graph.edges()) {
            int fromY = top(edge.from()) + BOX_H;
            int toY = top(edge.to());
            if (!edge.skip()) {
                int x = MARGIN + BOX_W / 2;
                gc.drawLine(x, fromY, x, toY);
                gc.drawLine(x - 4, toY - 5, x, toY);
                gc.drawLine(x + 4, toY - 5, x, toY);
                continue;
            }
            gc.setForeground(skip);
            int x0 = MARGIN + BOX_W;
            int x = x0 + edge.lane() * LANE;
            int y0 = fromY - BOX_H / 2;
            int y1 = toY + BOX_H / 2;
            gc.drawPolyline(new int[] {x0, y0, x, y0, x, y1, x0, y1});
            gc.drawLine(x0 + 5, y1 - 4, x0, y1);
            gc.drawLine(x0 + 5, y1 + 4, x0, y1);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        }
    }
}
