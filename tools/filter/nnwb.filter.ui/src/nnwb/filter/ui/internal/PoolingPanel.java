package nnwb.filter.ui.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.MatrixText;
import nnwb.core.Numbers;
import nnwb.core.filter.grad.PoolGrad;
import nnwb.core.filter.grad.PoolKind;
import nnwb.core.filter.grad.PoolRoute;
import nnwb.core.filter.grad.Pooling;

/**
 * Max and average pooling's backward pass on a small matrix (the engine's, at most 24 x 24, computed at once): the
 * pooled output, the upstream gradient, dX, the maxima that take all of their window's gradient, and every route.
 */
public final class PoolingPanel {

    private final Group root;
    private final Text x;
    private final Text dy;
    private final Button max;
    private final Spinner size;
    private final Spinner stride;
    private final MatrixView xView;
    private final MatrixView yView;
    private final MatrixView dyView;
    private final MatrixView dxView;
    private final Text routes;
    private PoolGrad last;

    PoolingPanel(Composite parent) {
        root = new Group(parent, SWT.NONE);
        root.setText("Pooling backward: where the gradient goes");
        root.setLayout(Widgets.grid(5, 4));
        Composite c = Widgets.row(root, 12);
        Widgets.fill(c, true, false, 5);
        Widgets.label(c, "X");
        x = new Text(c, SWT.BORDER);
        x.setText("1,3,2,4;5,0,1,2;3,2,8,1;1,6,0,7");
        Widgets.size(x, 170, SWT.DEFAULT);
        max = Widgets.radio(c, "max", true, this::compute);
        Widgets.radio(c, "average", false, this::compute);
        Widgets.label(c, "size");
        size = Widgets.spinner(c, 1, 8, 2, this::compute);
        Widgets.label(c, "stride");
        stride = Widgets.spinner(c, 1, 8, 2, this::compute);
        Widgets.label(c, "dY");
        dy = new Text(c, SWT.BORDER);
        dy.setText("1,2;3,4");
        dy.setToolTipText("rows of the pooled output's shape, ones, or random");
        Widgets.size(dy, 120, SWT.DEFAULT);
        x.addListener(SWT.DefaultSelection, e -> compute());
        dy.addListener(SWT.DefaultSelection, e -> compute());
        xView = matrix("X (orange: the maxima that receive gradient)");
        yView = matrix("pooled Y");
        dyView = matrix("dY");
        dxView = matrix("dX");
        routes = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        routes.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        Widgets.fill(routes, true, true, 1);
    }

    private MatrixView matrix(String caption) {
        MatrixView v = new MatrixView(root, caption);
        Widgets.fill(v.control(), true, true, 1);
        return v;
    }

    public Group control() {
        return root;
    }

    public Text xText() {
        return x;
    }

    public Text dyText() {
        return dy;
    }

    public Button maxButton() {
        return max;
    }

    public PoolGrad last() {
        return last;
    }

    public Text routes() {
        return routes;
    }

    /** Pools X and sends dY back; a problem is written where the routes go. */
    public void compute() {
        if (root.isDisposed()) {
            return;
        }
        try {
            Matrix m = MatrixText.parse("X", x.getText());
            if (m.rows() > 24 || m.cols() > 24) {
                throw new IllegalArgumentException("X is " + m.rows() + " x " + m.cols() + "; at most 24 x 24 here");
            }
            PoolKind kind = max.getSelection() ? PoolKind.MAX : PoolKind.AVERAGE;
            Matrix y = Pooling.forward(m, kind, size.getSelection(), stride.getSelection());
            Matrix upstream = GradientsTab.upstream(dy.getText(), y.rows(), y.cols());
            PoolGrad g = Pooling.backward(m, kind, size.getSelection(), stride.getSelection(), upstream);
            last = g;
            xView.show(m);
            Set<Long> receivers = new HashSet<>();
            StringBuilder sb = new StringBuilder();
            for (PoolRoute r : g.routes()) {
                receivers.add(MatrixView.key(r.inputRow(), r.inputCol()));
                if (sb.length() < 4000) {
                    sb.append("dY[").append(r.outputRow()).append(',').append(r.outputCol()).append("] -> x[").append(r.inputRow())
                            .append(',').append(r.inputCol()).append("]: ").append(Numbers.format(r.amount())).append('\n');
                }
            }
            xView.mark(kind == PoolKind.MAX ? receivers : Set.of());
            xView.caption(kind == PoolKind.MAX ? "X (orange: each window's maximum, which takes all of its dY)"
                    : "X (every cell of a window takes dY / " + size.getSelection() * size.getSelection() + ")");
            yView.show(g.output());
            dyView.show(upstream);
            dxView.show(g.dX());
            routes.setText(sb.toString());
        } catch (IllegalArgumentException e) {
            routes.setText(e.getMessage());
        }
    }
}
