package nnwb.filter.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nnwb.compute.TensorOperations;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.MatrixText;
import nnwb.core.filter.Num;
import nnwb.core.filter.grad.ConvGradients;
import nnwb.core.filter.grad.GradientSpread;
import nnwb.core.filter.grad.PoolGrad;
import nnwb.core.filter.grad.PoolKind;
import nnwb.core.filter.grad.PoolRoute;
import nnwb.core.filter.grad.Pooling;
import nnwb.core.filter.grad.SpreadPoint;
import nnwb.core.filter.image.InputParser;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.filter.ComputeGradients;
import nnwb.ui.chart.LineChart;

/**
 * The Gradients tab. For an input X, an upstream gradient dY and the kernel W on the left: the kernel gradient dW
 * (the padded input correlated with dY, on the compute service) and the input gradient dX (the engine), and W after
 * one SGD step. The spread of dW for random X and dY against the image side n, measured and derived ((n - k + 1)
 * sigma_x sigma_g). And max and average pooling's backward pass on a matrix: where each share of dY goes.
 */
public final class GradientsTab {

    /** Series of the spread chart. */
    public static final String MEASURED = "std of dW, measured";
    public static final String PREDICTED = "(n - k + 1) sigma_x sigma_g";

    /** The kernel-gradient result. */
    public record Gradients(Matrix x, Matrix dY, Matrix dW, Matrix dX, Matrix stepped, boolean onComputeService) {
    }

    private final Composite root;
    private final KernelModel model;
    private final Backend backend;
    private final Text xText;
    private final Text dyText;
    private final Spinner stride;
    private final Spinner pad;
    private final Button convolution;
    private final MatrixView xView;
    private final MatrixView dyView;
    private final MatrixView dwView;
    private final MatrixView dxView;
    private final Label gradStatus;
    private final LatestJob gradJob;
    private final Spinner spreadK;
    private final Spinner trials;
    private final Text sizes;
    private final LineChart spreadChart;
    private final Label spreadStatus;
    private final LatestJob spreadJob;
    private final Text poolX;
    private final Text poolDy;
    private final Button max;
    private final Spinner poolSize;
    private final Spinner poolStride;
    private final MatrixView poolXView;
    private final MatrixView poolYView;
    private final MatrixView poolDyView;
    private final MatrixView poolDxView;
    private final Text routes;
    private Gradients lastGradients;
    private List<SpreadPoint> lastSpread;
    private PoolGrad lastPool;

    GradientsTab(Composite parent, KernelModel model, Backend backend) {
        this.model = model;
        this.backend = backend;
        root = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.GridLayout grid = Widgets.grid(2, 4);
        grid.makeColumnsEqualWidth = true;
        root.setLayout(grid);

        Group g = new Group(root, SWT.NONE);
        g.setText("Kernel gradient dW = X correlated with dY, and dX");
        g.setLayout(Widgets.grid(4, 4));
        Widgets.fill(g, true, true, 1);
        Composite gc = Widgets.row(g, 4);
        Widgets.fill(gc, true, false, 4);
        Widgets.label(gc, "X");
        xText = new Text(gc, SWT.BORDER);
        xText.setText("matrix:size=5");
        xText.setToolTipText("a test input (matrix:size=5, noise:size=6) or rows; Enter computes");
        Widgets.size(xText, 150, SWT.DEFAULT);
        Widgets.label(gc, "dY");
        dyText = new Text(gc, SWT.BORDER);
        dyText.setText("ones");
        dyText.setToolTipText("ones, random (plus or minus 1), or rows of the output's shape; Enter computes");
        Widgets.size(dyText, 150, SWT.DEFAULT);
        gc = Widgets.row(g, 5);
        Widgets.fill(gc, true, false, 4);
        Widgets.label(gc, "stride");
        stride = Widgets.spinner(gc, 1, 4, 1, this::requestGradients);
        Widgets.label(gc, "zero padding");
        pad = Widgets.spinner(gc, 0, 4, 0, this::requestGradients);
        convolution = new Button(gc, SWT.CHECK);
        convolution.setText("true convolution");
        convolution.addListener(SWT.Selection, e -> requestGradients());
        xText.addListener(SWT.DefaultSelection, e -> requestGradients());
        dyText.addListener(SWT.DefaultSelection, e -> requestGradients());
        xView = matrix(g, "X");
        dyView = matrix(g, "dY");
        dwView = matrix(g, "dW (compute service)");
        dxView = matrix(g, "dX (engine)");
        gradStatus = new Label(g, SWT.WRAP);
        Widgets.fill(gradStatus, true, false, 4);
        gradJob = new LatestJob("Kernel gradient", root);

        Group s = new Group(root, SWT.NONE);
        s.setText("Spread of dW against the image side n (no padding, stride 1)");
        s.setLayout(Widgets.grid(1, 4));
        Widgets.fill(s, true, true, 1);
        Composite sc = Widgets.row(s, 8);
        Widgets.label(sc, "k");
        spreadK = Widgets.spinner(sc, 1, 7, 3, () -> { });
        Widgets.label(sc, "trials");
        trials = Widgets.spinner(sc, 2, 200, 20, () -> { });
        Widgets.label(sc, "n =");
        sizes = new Text(sc, SWT.BORDER);
        sizes.setText("8,16,32,64,128");
        Widgets.size(sizes, 120, SWT.DEFAULT);
        Widgets.button(sc, "Measure", this::requestSpread);
        spreadChart = new LineChart(s, "std of dW grows like n - k + 1", "image side n (x uniform, dy = +1 or -1)",
                "std of dW");
        Widgets.fill(spreadChart.control(), true, true, 1);
        spreadStatus = new Label(s, SWT.WRAP);
        Widgets.fill(spreadStatus, true, false, 1);
        spreadJob = new LatestJob("Spread of the kernel gradient", root);

        Group p = new Group(root, SWT.NONE);
        p.setText("Pooling backward: where the gradient goes");
        p.setLayout(Widgets.grid(5, 4));
        Widgets.fill(p, true, true, 2);
        Composite pc = Widgets.row(p, 12);
        Widgets.fill(pc, true, false, 5);
        Widgets.label(pc, "X");
        poolX = new Text(pc, SWT.BORDER);
        poolX.setText("1,3,2,4;5,0,1,2;3,2,8,1;1,6,0,7");
        Widgets.size(poolX, 220, SWT.DEFAULT);
        max = Widgets.radio(pc, "max", true, this::pool);
        Widgets.radio(pc, "average", false, this::pool);
        Widgets.label(pc, "size");
        poolSize = Widgets.spinner(pc, 1, 8, 2, this::pool);
        Widgets.label(pc, "stride");
        poolStride = Widgets.spinner(pc, 1, 8, 2, this::pool);
        Widgets.label(pc, "dY");
        poolDy = new Text(pc, SWT.BORDER);
        poolDy.setText("1,2;3,4");
        Widgets.size(poolDy, 120, SWT.DEFAULT);
        poolX.addListener(SWT.DefaultSelection, e -> pool());
        poolDy.addListener(SWT.DefaultSelection, e -> pool());
        poolXView = matrix(p, "X (orange: the maxima that receive gradient)");
        poolYView = matrix(p, "pooled Y");
        poolDyView = matrix(p, "dY");
        poolDxView = matrix(p, "dX");
        routes = new Text(p, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        routes.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        Widgets.fill(routes, true, true, 1);

        model.addListener((k, painting) -> {
            if (!painting) {
                requestGradients();
            }
        });
        requestGradients();
        requestSpread();
        pool();
    }

    private static MatrixView matrix(Composite parent, String caption) {
        MatrixView v = new MatrixView(parent, caption);
        Widgets.fill(v.control(), true, true, 1);
        return v;
    }

    public Composite control() {
        return root;
    }

    public Text xText() {
        return xText;
    }

    public Text dyText() {
        return dyText;
    }

    public Text poolXText() {
        return poolX;
    }

    public Text poolDyText() {
        return poolDy;
    }

    public Button maxButton() {
        return max;
    }

    public LatestJob gradientJob() {
        return gradJob;
    }

    public LatestJob spreadJob() {
        return spreadJob;
    }

    public Gradients lastGradients() {
        return lastGradients;
    }

    public List<SpreadPoint> lastSpread() {
        return lastSpread;
    }

    public PoolGrad lastPool() {
        return lastPool;
    }

    public LineChart spreadChart() {
        return spreadChart;
    }

    public Label gradientStatus() {
        return gradStatus;
    }

    public Text routesText() {
        return routes;
    }

    public void requestGradients() {
        if (root.isDisposed()) {
            return;
        }
        Kernel w = model.kernel();
        FilterSpec spec = FilterSpec.of(convolution.getSelection() ? FilterMode.CONVOLUTION : FilterMode.CORRELATION,
                stride.getSelection(), pad.getSelection(), PadMode.ZERO, 1);
        Matrix x;
        Matrix dY;
        try {
            x = InputParser.parse(xText.getText()).toGray().channel(0);
            if (x.rows() > 32 || x.cols() > 32) {
                throw new IllegalArgumentException("X is " + x.rows() + " x " + x.cols() + "; at most 32 x 32 here");
            }
            FilterPlan plan = FilterPlan.of(w, x.rows(), x.cols(), spec);
            dY = upstream(dyText.getText(), plan.outputRows(), plan.outputCols());
        } catch (IllegalArgumentException e) {
            Widgets.status(gradStatus, e.getMessage(), true);
            return;
        }
        TensorOperations tensors = backend.tensorsNow();
        gradJob.submit(m -> {
            Matrix dW = tensors == null ? ConvGradients.weightGradient(x, dY, w.rows(), w.cols(), spec)
                    : new ComputeGradients(tensors).weightGradient(x, dY, w.rows(), w.cols(), spec);
            Matrix dX = ConvGradients.inputGradient(w, dY, x.rows(), x.cols(), spec);
            return new Gradients(x, dY, dW, dX, ConvGradients.sgdStep(w, dW, 0.1), tensors != null);
        }, r -> {
            lastGradients = r;
            xView.show(r.x());
            dyView.show(r.dY());
            dwView.show(r.dW());
            dwView.caption("dW (" + (r.onComputeService() ? "compute service" : "engine") + ")");
            dxView.show(r.dX());
            Widgets.status(gradStatus, "dW[a,b] = sum over outputs (i,j) of dY[i,j] * P[i*s + a, j*s + b] (P: X padded); "
                    + "dX spreads each dY[i,j] back through the kernel.  One SGD step, learning rate 0.1: W - 0.1 dW = "
                    + MatrixText.format(r.stepped().map(v -> Math.round(v * 1e6) / 1e6)).replace(";", "; "), false);
        }, problem -> Widgets.status(gradStatus, problem, true));
    }

    /** "ones", "random" (plus or minus 1, fixed seed) or typed rows of the right shape. */
    public static Matrix upstream(String text, int rows, int cols) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("ones")) {
            return Matrix.generate(rows, cols, (r, c) -> 1);
        }
        if (t.equals("random")) {
            Random random = new Random(1);
            return Matrix.generate(rows, cols, (r, c) -> random.nextBoolean() ? 1 : -1);
        }
        Matrix m = MatrixText.parse("dY", text);
        if (m.rows() != rows || m.cols() != cols) {
            throw new IllegalArgumentException("dY must have the output's shape " + rows + " x " + cols + ", got " + m.rows() + " x "
                    + m.cols() + " (or type ones or random)");
        }
        return m;
    }

    public void requestSpread() {
        int k = spreadK.getSelection();
        int t = trials.getSelection();
        int[] ns;
        try {
            ns = java.util.Arrays.stream(sizes.getText().split("[,\\s]+")).filter(v -> !v.isBlank()).mapToInt(Integer::parseInt).toArray();
            if (ns.length == 0) {
                throw new NumberFormatException("no sizes");
            }
        } catch (NumberFormatException e) {
            Widgets.status(spreadStatus, "n: give whole numbers separated by commas", true);
            return;
        }
        Widgets.status(spreadStatus, "measuring ...", false);
        spreadJob.submit(m -> {
            m.beginTask("Measuring the spread of dW", ns.length);
            List<SpreadPoint> points = new ArrayList<>();
            for (int i = 0; i < ns.length; i++) {
                if (m.isCanceled()) {
                    throw new org.eclipse.core.runtime.OperationCanceledException();
                }
                points.add(GradientSpread.measure(ns[i], k, t, 1234 + 7919L * i));
                m.worked(1);
            }
            return points;
        }, points -> {
            lastSpread = points;
            double[] n = points.stream().mapToDouble(SpreadPoint::n).toArray();
            spreadChart.clear();
            spreadChart.setSeries(PREDICTED, n, points.stream().mapToDouble(SpreadPoint::predicted).toArray(), LineChart.Style.SOLID, 0);
            spreadChart.setSeries(MEASURED, n, points.stream().mapToDouble(SpreadPoint::measured).toArray(), LineChart.Style.POINTS, 1);
            StringBuilder sb = new StringBuilder("measured / derived:");
            for (SpreadPoint p : points) {
                sb.append("  n=").append(p.n()).append(": ").append(Num.format(Math.round(p.measured() / p.predicted() * 1000) / 1000.0));
            }
            Widgets.status(spreadStatus, sb + ". The mean of dW is 0; its variance sums (n-k+1)^2 uncorrelated terms, so the "
                    + "standard deviation grows linearly in n (engine, " + t + " trials of k x k taps each).", false);
        }, problem -> Widgets.status(spreadStatus, problem, true));
    }

    public void pool() {
        if (root.isDisposed()) {
            return;
        }
        try {
            Matrix x = MatrixText.parse("X", poolX.getText());
            if (x.rows() > 24 || x.cols() > 24) {
                throw new IllegalArgumentException("X is " + x.rows() + " x " + x.cols() + "; at most 24 x 24 here");
            }
            PoolKind kind = max.getSelection() ? PoolKind.MAX : PoolKind.AVERAGE;
            Matrix y = Pooling.forward(x, kind, poolSize.getSelection(), poolStride.getSelection());
            Matrix dY = upstream(poolDy.getText(), y.rows(), y.cols());
            PoolGrad g = Pooling.backward(x, kind, poolSize.getSelection(), poolStride.getSelection(), dY);
            lastPool = g;
            poolXView.show(x);
            Set<Long> receivers = new HashSet<>();
            StringBuilder sb = new StringBuilder();
            for (PoolRoute r : g.routes()) {
                receivers.add(MatrixView.key(r.inputRow(), r.inputCol()));
                if (sb.length() < 4000) {
                    sb.append("dY[").append(r.outputRow()).append(',').append(r.outputCol()).append("] -> x[").append(r.inputRow())
                            .append(',').append(r.inputCol()).append("]: ").append(Num.format(r.amount())).append('\n');
                }
            }
            poolXView.mark(kind == PoolKind.MAX ? receivers : Set.of());
            poolXView.caption(kind == PoolKind.MAX ? "X (orange: each window's maximum, which takes all of its dY)"
                    : "X (every cell of a window takes dY / " + poolSize.getSelection() * poolSize.getSelection() + ")");
            poolYView.show(g.output());
            poolDyView.show(dY);
            poolDxView.show(g.dX());
            routes.setText(sb.toString());
        } catch (IllegalArgumentException e) {
            routes.setText(e.getMessage());
        }
    }
}
