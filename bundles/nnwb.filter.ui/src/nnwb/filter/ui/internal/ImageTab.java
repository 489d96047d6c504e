package nnwb.filter.ui.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nnwb.compute.TensorOperations;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.image.InputParser;
import nnwb.core.filter.image.TestInput;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.AxisParams;
import nnwb.core.filter.op.CellExplainer;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.ImpulseTest;
import nnwb.core.filter.op.PadMode;
import nnwb.core.filter.op.PadSource;
import nnwb.core.filter.op.SumOfProducts;
import nnwb.core.filter.op.Term;
import nnwb.filter.ComputeFilter;
import nnwb.filter.PreviewFilter;

/**
 * The Image tab: choose an input (generated, the scene, or a PNG/JPEG file; RGB or gray), the operation
 * (correlation or true convolution, stride, dilation, padding mode and amount), and see the output beside the input.
 * For small inputs the padded input and the output are written out as numbers and a click on an output cell writes
 * out its sum of products. The impulse test filters a single 1 and says which operation runs.
 * <p>
 * While a kernel is being painted the output comes from the engine's plain-Java filtering (a few ms, see
 * BENCHMARKS.md); when the stroke ends, and after every other change, it comes from the compute service.
 */
public final class ImageTab {

    /** The largest padded input and output whose numbers are written out. */
    public static final int SMALL = 24;

    /** One filtering, as shown. */
    public record Result(FilterPlan plan, Image input, Image output, boolean onComputeService, String path, double ms, Matrix padded) {
    }

    private final Composite root;
    private final KernelModel model;
    private final Backend backend;
    private final Combo inputCombo;
    private final Spinner inputSize;
    private final Button rgb;
    private final Button gray;
    private final Button correlation;
    private final Button convolution;
    private final Spinner stride;
    private final Spinner dilation;
    private final Spinner pad;
    private final Button same;
    private final Combo padMode;
    private final Label outputSize;
    private final ImageView inputView;
    private final ImageView outputView;
    private final SlidingKernelView sliding;
    private final MatrixView impulseView;
    private final Label impulseVerdict;
    private final Composite matrices;
    private final MatrixView paddedView;
    private final MatrixView outputMatrix;
    private final Text explanation;
    private final Label status;
    private final LatestJob job;
    private final LatestJob impulseJob;
    private Image loaded;
    private String loadedName = "";
    private Result last;
    private ImpulseTest lastImpulse;
    private Kernel impulseKernel;
    private FilterMode impulseMode;
    private int selRow;
    private int selCol;
    private boolean building = true;

    ImageTab(Composite parent, KernelModel model, Backend backend) {
        this.model = model;
        this.backend = backend;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(Widgets.grid(1, 4));

        Composite in = Widgets.row(root, 8);
        Widgets.label(in, "Input");
        inputCombo = Widgets.combo(in, SWT.DROP_DOWN, TestInput.keys().toArray(String[]::new), TestInput.keys().indexOf("scene"),
                this::inputChosen);
        inputCombo.setToolTipText("a test input, a spec like checkerboard:size=32,cell=4, or rows like 1,2,3;4,5,6 (Enter)");
        inputCombo.addListener(SWT.DefaultSelection, e -> loadInput());
        Widgets.size(inputCombo, 170, SWT.DEFAULT);
        Widgets.label(in, "size");
        inputSize = Widgets.spinner(in, 1, 1024, TestInput.SCENE.defaultSize(), this::loadInput);
        Widgets.button(in, "Open image…", this::openFile);
        rgb = Widgets.radio(in, "RGB", true, this::colourChosen);
        gray = Widgets.radio(in, "Gray", false, this::colourChosen);
        Label hint = Widgets.label(in, "");
        Widgets.fill(hint, true, false, 1);

        Composite op = Widgets.row(root, 5);
        correlation = Widgets.radio(op, "Correlation (what CNN layers compute)", true, this::request);
        convolution = Widgets.radio(op, "True convolution (kernel flipped)", false, this::request);
        Widgets.button(op, "Show flip", this::showFlip).setToolTipText("animate the 180-degree flip of true convolution");
        Widgets.button(op, "Impulse test", this::impulseTest).setToolTipText("filter a single 1: the output shows which operation runs");
        Widgets.fill(Widgets.label(op, ""), true, false, 1);
        Composite geometry = Widgets.row(root, 11);
        Widgets.label(geometry, "stride");
        stride = Widgets.spinner(geometry, 1, 8, 1, this::request);
        Widgets.label(geometry, "dilation");
        dilation = Widgets.spinner(geometry, 1, 8, 1, this::request);
        Widgets.label(geometry, "padding");
        pad = Widgets.spinner(geometry, 0, 64, 1, this::request);
        same = new Button(geometry, SWT.CHECK);
        same.setText("same");
        same.setToolTipText("pad so that the output keeps the input size at stride 1 (PyTorch's \"same\")");
        same.addListener(SWT.Selection, e -> request());
        Widgets.label(geometry, "mode");
        padMode = Widgets.combo(geometry, SWT.READ_ONLY, Arrays.stream(PadMode.values()).map(PadMode::label).toArray(String[]::new), 0, this::request);
        Widgets.label(geometry, " ");
        outputSize = new Label(geometry, SWT.NONE);
        Widgets.fill(outputSize, true, false, 1);

        Composite views = new Composite(root, SWT.NONE);
        views.setLayout(Widgets.grid(3, 0));
        Widgets.fill(views, true, true, 1);
        inputView = new ImageView(views, "input");
        small(inputView.control());
        outputView = new ImageView(views, "output");
        small(outputView.control());
        Composite side = new Composite(views, SWT.NONE);
        side.setLayout(Widgets.grid(1, 0));
        GridData sideData = new GridData(SWT.FILL, SWT.FILL, false, true);
        sideData.widthHint = 300;
        side.setLayoutData(sideData);
        sliding = new SlidingKernelView(side);
        Widgets.fill(sliding.control(), true, true, 1);
        impulseView = new MatrixView(side, "impulse test output");
        Widgets.fill(impulseView.control(), true, true, 1);
        impulseVerdict = new Label(side, SWT.WRAP);
        GridData verdictData = new GridData(SWT.FILL, SWT.TOP, true, false);
        verdictData.widthHint = 290;
        impulseVerdict.setLayoutData(verdictData);
        impulseVerdict.setText("Impulse test: filters a single 1; the output shows which operation runs.");

        matrices = new Composite(root, SWT.NONE);
        matrices.setLayout(Widgets.grid(3, 0));
        GridData md = new GridData(SWT.FILL, SWT.FILL, true, false);
        md.heightHint = 330;
        matrices.setLayoutData(md);
        paddedView = new MatrixView(matrices, "padded input (grey: padding, orange: window)");
        Widgets.fill(paddedView.control(), true, true, 1);
        outputMatrix = new MatrixView(matrices, "output (click a cell)");
        Widgets.fill(outputMatrix.control(), true, true, 1);
        outputMatrix.onClick(this::selectCell);
        explanation = new Text(matrices, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        explanation.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        Widgets.fill(explanation, true, true, 1);

        status = new Label(root, SWT.WRAP);
        Widgets.fill(status, true, false, 1);
        job = new LatestJob("Filtering the image", root);
        impulseJob = new LatestJob("Impulse test", root);
        model.addListener((k, painting) -> request(painting));
        building = false;
        loadInput();
    }

    public Composite control() {
        return root;
    }

    /** Shows the input named {@code spec} (a test input, its spec, or rows), as a user would type it and press Enter. */
    public void chooseInput(String spec) {
        int item = inputCombo.indexOf(spec);
        if (item >= 0) {
            inputCombo.select(item);
            inputChosen();
        } else {
            inputCombo.setText(spec);
            loadInput();
        }
    }

    public Combo inputCombo() {
        return inputCombo;
    }

    public Spinner inputSize() {
        return inputSize;
    }

    public Button grayButton() {
        return gray;
    }

    public Button rgbButton() {
        return rgb;
    }

    public Button convolutionButton() {
        return convolution;
    }

    public Button correlationButton() {
        return correlation;
    }

    public Spinner strideSpinner() {
        return stride;
    }

    public Spinner dilationSpinner() {
        return dilation;
    }

    public Spinner padSpinner() {
        return pad;
    }

    public Button sameCheck() {
        return same;
    }

    public Combo padModeCombo() {
        return padMode;
    }

    public LatestJob job() {
        return job;
    }

    public LatestJob impulseJob() {
        return impulseJob;
    }

    public Result last() {
        return last;
    }

    public ImpulseTest lastImpulse() {
        return lastImpulse;
    }

    public Label status() {
        return status;
    }

    public Label outputSize() {
        return outputSize;
    }

    public Text explanation() {
        return explanation;
    }

    public MatrixView outputMatrix() {
        return outputMatrix;
    }

    public MatrixView paddedView() {
        return paddedView;
    }

    public ImageView outputView() {
        return outputView;
    }

    public SlidingKernelView sliding() {
        return sliding;
    }

    /** The image filtered now: the loaded input in RGB or gray as chosen. */
    public Image input() {
        if (loaded == null) {
            return null;
        }
        return gray.getSelection() ? loaded.toGray() : loaded;
    }

    /** The operation as the controls set it. */
    public FilterSpec spec() {
        FilterMode m = convolution.getSelection() ? FilterMode.CONVOLUTION : FilterMode.CORRELATION;
        PadMode p = PadMode.values()[Math.max(0, padMode.getSelectionIndex())];
        int s = stride.getSelection();
        int d = dilation.getSelection();
        if (same.getSelection()) {
            FilterSpec sp = FilterSpec.same(model.kernel(), m, p, d);
            return new FilterSpec(m, p, new AxisParams(s, d, sp.rows().padBefore(), sp.rows().padAfter()),
                    new AxisParams(s, d, sp.cols().padBefore(), sp.cols().padAfter()));
        }
        return FilterSpec.of(m, s, pad.getSelection(), p, d);
    }

    /** Gives a matrix view the width its cells need (up to 40 pixels a cell within the panel's height). */
    private void fit(MatrixView v, Matrix m) {
        int height = ((GridData) matrices.getLayoutData()).heightHint;
        int cell = Math.max(12, Math.min(40, (height - 44) / Math.max(m.rows(), 1)));
        GridData d = (GridData) v.control().getLayoutData();
        d.widthHint = v.preferredSize(cell, m).x;
        d.grabExcessHorizontalSpace = false;
    }

    /** Grabs the space there is without asking for more (the images scale to fit). */
    private static void small(org.eclipse.swt.widgets.Control c) {
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.widthHint = 120;
        d.heightHint = 120;
        c.setLayoutData(d);
    }

    private void showFlip() {
        sliding.animateFlip();
    }

    private void inputChosen() {
        TestInput.byName(inputCombo.getText()).ifPresent(t -> {
            building = true;
            inputSize.setSelection(t.defaultSize());
            building = false;
        });
        loadInput();
    }

    private void colourChosen() {
        inputView.show(input());
        request();
    }

    /** Reads the combo: a bare test input name takes the size spinner; anything else is parsed as typed. */
    private void loadInput() {
        if (building) {
            return;
        }
        String text = inputCombo.getText().strip();
        boolean bare = TestInput.byName(text).isPresent() && !text.contains(":");
        inputSize.setEnabled(bare);
        try {
            String spec = bare ? text + ":size=" + inputSize.getSelection() : text;
            loaded = InputParser.parse(spec);
            loadedName = spec;
            rgb.setEnabled(!loaded.isGray());
            gray.setEnabled(!loaded.isGray());
            inputView.show(input());
            request();
        } catch (IllegalArgumentException e) {
            Widgets.status(status, "input: " + e.getMessage(), true);
        }
    }

    private void openFile() {
        FileDialog d = new FileDialog(root.getShell(), SWT.OPEN);
        d.setFilterExtensions(new String[] {"*.png;*.jpg;*.jpeg;*.PNG;*.JPG;*.JPEG", "*.*"});
        d.setFilterNames(new String[] {"PNG and JPEG images", "All files"});
        String path = d.open();
        if (path != null) {
            openFile(path);
        }
    }

    /** Loads an image file in a job and shows it as the input. */
    public void openFile(String path) {
        Widgets.status(status, "reading " + path + " ...", false);
        new LatestJob("Reading " + path, root).submit(m -> SwtImages.read(path), im -> {
            loaded = im;
            loadedName = path;
            inputCombo.setText(new java.io.File(path).getName());
            inputSize.setEnabled(false);
            rgb.setEnabled(!im.isGray());
            gray.setEnabled(!im.isGray());
            inputView.show(input());
            request();
        }, p -> Widgets.status(status, p, true));
    }

    private void request() {
        request(false);
    }

    /** Filters again; {@code painting} takes the quick path while a stroke goes on. */
    public void request(boolean painting) {
        if (building || root.isDisposed()) {
            return;
        }
        Image im = input();
        if (im == null) {
            return;
        }
        Kernel k = model.kernel();
        pad.setEnabled(!same.getSelection());
        FilterSpec spec;
        FilterPlan plan;
        try {
            spec = spec();
            plan = FilterPlan.of(k, im, spec);
        } catch (IllegalArgumentException e) {
            outputSize.setText("no output");
            Widgets.status(status, e.getMessage(), true);
            root.layout(true, true);
            return;
        }
        sliding.show(k, spec.mode());
        if (lastImpulse != null && (!lastImpulse.output().sameShape(k.values()) || impulseKernel == null || !impulseKernel.equals(k)
                || impulseMode != spec.mode())) {
            clearImpulse();
        }
        outputSize.setText("output " + plan.outputRows() + " x " + plan.outputCols()
                + (plan.warnings().isEmpty() ? "" : "  (" + String.join("; ", plan.warnings()) + ")"));
        outputSize.setToolTipText(plan.arithmetic().axes().get(1).formula().text() + "\n"
                + plan.arithmetic().axes().get(0).formula().text());
        outputSize.getParent().layout(true);
        TensorOperations tensors = backend.tensorsNow();
        boolean quick = painting || tensors == null;
        job.submit(m -> {
            long t0 = System.nanoTime();
            Image out = quick ? PreviewFilter.apply(plan, im) : new ComputeFilter(tensors).apply(plan, im);
            double ms = (System.nanoTime() - t0) / 1e6;
            boolean small = plan.paddedRows() <= SMALL && plan.paddedCols() <= SMALL;
            Matrix padded = small ? plan.pad(im).channel(0) : null;
            String path = quick ? painting ? "preview while painting (engine, plain Java)" : "engine (the compute service is not available)"
                    : "compute service (ND4J)";
            return new Result(plan, im, out, !quick, path, ms, padded);
        }, this::show, p -> Widgets.status(status, p, true));
    }

    private void show(Result r) {
        last = r;
        outputView.show(r.output());
        boolean small = r.padded() != null && r.output().rows() <= SMALL && r.output().cols() <= SMALL;
        ((GridData) matrices.getLayoutData()).exclude = !small;
        matrices.setVisible(small);
        if (small) {
            fit(paddedView, r.padded());
            fit(outputMatrix, r.output().channel(0));
            paddedView.show(r.padded());
            Set<Long> pads = new HashSet<>();
            for (int i = 0; i < r.padded().rows(); i++) {
                for (int j = 0; j < r.padded().cols(); j++) {
                    if (r.plan().source(i, j) != PadSource.INPUT) {
                        pads.add(MatrixView.key(i, j));
                    }
                }
            }
            paddedView.shade(pads);
            outputMatrix.show(r.output().channel(0));
            outputMatrix.caption("output" + (r.output().isGray() ? "" : ", channel 0") + " (click a cell)");
            selectCell(Math.min(selRow, r.output().rows() - 1), Math.min(selCol, r.output().cols() - 1));
        }
        Widgets.status(status, String.format("%s: %s, %s in %.1f ms", loadedName, r.plan().describe(), r.path(), r.ms()), false);
        root.layout(true, true);
    }

    /** Selects output cell (row, col) and writes out its sum of products (from the engine). */
    public void selectCell(int row, int col) {
        if (last == null) {
            return;
        }
        selRow = row;
        selCol = col;
        outputMatrix.select(row, col);
        SumOfProducts s = CellExplainer.explain(last.plan().kernel(), last.input(), last.plan().spec(), 0, row, col);
        Set<Long> window = new HashSet<>();
        for (Term t : s.terms()) {
            window.add(MatrixView.key(t.paddedRow(), t.paddedCol()));
        }
        paddedView.mark(window);
        double backend = last.output().channel(0).get(row, col);
        explanation.setText(s.text() + "\n\n" + last.path() + " gave " + nnwb.core.filter.Num.format(backend)
                + (last.plan().spec().mode() == FilterMode.CONVOLUTION
                        ? "\n\nTrue convolution: w[a,b] are the kernel's weights as drawn, met in flipped order." : ""));
    }

    /** The explanation of the selected cell, for tests. */
    public String explained() {
        return explanation.getText();
    }

    /** Forgets an impulse test of another kernel or operation. */
    private void clearImpulse() {
        lastImpulse = null;
        impulseView.show(null);
        impulseView.caption("impulse test output");
        impulseVerdict.setText("Impulse test: filters a single 1; the output shows which operation runs.");
    }

    private void impulseTest() {
        Kernel k = model.kernel();
        FilterMode m = spec().mode();
        TensorOperations tensors = backend.tensorsNow();
        impulseVerdict.setText("running the impulse test ...");
        impulseJob.submit(mon -> tensors == null ? ImpulseTest.run(k, m) : new ComputeFilter(tensors).impulseTest(k, m), t -> {
            lastImpulse = t;
            impulseKernel = k;
            impulseMode = m;
            impulseView.show(t.output());
            impulseView.caption("impulse test output (" + t.output().rows() + " x " + t.output().cols() + ")");
            impulseVerdict.setText("A single 1 through " + (m == FilterMode.CONVOLUTION ? "true convolution" : "correlation")
                    + (tensors == null ? " (engine)" : " (compute service)") + ": " + t.message() + ".");
            impulseVerdict.getParent().layout(true);
        }, p -> impulseVerdict.setText(p));
    }
}
