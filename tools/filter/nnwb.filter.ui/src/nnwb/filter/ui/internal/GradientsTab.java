package nnwb.filter.ui.internal;

import java.util.Random;

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
import nnwb.core.filter.grad.ConvGradients;
import nnwb.core.filter.image.InputParser;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.filter.ComputeGradients;

/**
 * The Gradients tab. For an input X, an upstream gradient dY and the kernel W on the left: the kernel gradient dW
 * (the padded input correlated with dY, on the compute service) and the input gradient dX (the engine), and W after
 * one SGD step. Beside it the spread of dW against the image side ({@link SpreadPanel}), below pooling's backward
 * pass ({@link PoolingPanel}). When the current kernel and inputs give no result, the matrices are cleared beside
 * the error, never left showing the previous kernel's.
 */
public final class GradientsTab {

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
    private Gradients lastGradients;
    private int generation;
    private final SpreadPanel spread;
    private final PoolingPanel pooling;

    GradientsTab(Composite parent, KernelModel model, Backend backend) {
        this.model = model;
        this.backend = backend;
        root = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.GridLayout grid = Widgets.grid(2, 4);
        grid.makeColumnsEqualWidth = true;
        root.setLayout(grid);

        Group g = new Group(root, SWT.NONE);
        g.setText("Kernel gradient dW = X correlated with dY, and dX");
        // the four matrices two by two: four in a row are under 100 px each at 1366x768
        g.setLayout(Widgets.grid(2, 4));
        Widgets.fill(g, true, true, 1);
        Composite gc = Widgets.row(g, 4);
        Widgets.fill(gc, true, false, 2);
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
        // two columns: stride, padding and the checkbox on three lines in a half-width group
        gc = Widgets.row(g, 2);
        Widgets.fill(gc, true, false, 2);
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
        Widgets.fill(gradStatus, true, false, 2);
        gradJob = new LatestJob("Kernel gradient", root);

        spread = new SpreadPanel(root);
        Widgets.fill(spread.control(), true, true, 1);
        pooling = new PoolingPanel(root);
        Widgets.fill(pooling.control(), true, true, 2);

        model.addListener((k, painting) -> {
            if (!painting) {
                requestGradients();
            }
        });
        requestGradients();
        spread.request();
        pooling.compute();
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

    public LatestJob gradientJob() {
        return gradJob;
    }

    public SpreadPanel spread() {
        return spread;
    }

    public PoolingPanel pooling() {
        return pooling;
    }

    public Gradients lastGradients() {
        return lastGradients;
    }

    /** What the dW and dX views show now (null when cleared). */
    public Matrix[] shownGradients() {
        return new Matrix[] {dwView.matrix(), dxView.matrix()};
    }

    public Label gradientStatus() {
        return gradStatus;
    }

    public void requestGradients() {
        if (root.isDisposed()) {
            return;
        }
        int gen = ++generation;
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
            failed(e.getMessage());
            return;
        }
        TensorOperations tensors = backend.tensorsNow();
        gradJob.submit(m -> {
            Matrix dW = tensors == null ? ConvGradients.weightGradient(x, dY, w.rows(), w.cols(), spec)
                    : new ComputeGradients(tensors).weightGradient(x, dY, w.rows(), w.cols(), spec);
            Matrix dX = ConvGradients.inputGradient(w, dY, x.rows(), x.cols(), spec);
            return new Gradients(x, dY, dW, dX, ConvGradients.sgdStep(w, dW, 0.1), tensors != null);
        }, r -> {
            if (gen != generation) {
                return; // a newer request (perhaps one that failed) owns the tab
            }
            lastGradients = r;
            xView.show(r.x());
            dyView.show(r.dY());
            dwView.show(r.dW());
            dwView.caption("dW (" + (r.onComputeService() ? "compute service" : "engine") + ")");
            dxView.show(r.dX());
            dxView.caption("dX (engine)");
            Widgets.status(gradStatus, "dW[a,b] = sum over outputs (i,j) of dY[i,j] * P[i*s + a, j*s + b] (P: X padded); "
                    + "dX spreads each dY[i,j] back through the kernel.  One SGD step, learning rate 0.1: W - 0.1 dW = "
                    + MatrixText.format(r.stepped().map(v -> Math.round(v * 1e6) / 1e6)).replace(";", "; "), false);
        }, problem -> {
            if (gen == generation) {
                failed(problem);
            }
        });
    }

    /** No result for the current kernel and inputs: the previous ones are cleared, not left beside the error. */
    private void failed(String problem) {
        lastGradients = null;
        xView.show(null);
        dyView.show(null);
        dwView.show(null);
        dxView.show(null);
        dwView.caption("dW (not computed)");
        dxView.caption("dX (not computed)");
        Widgets.status(gradStatus, problem, true);
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
}
