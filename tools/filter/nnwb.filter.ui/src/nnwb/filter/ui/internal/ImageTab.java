package nnwb.filter.ui.internal;

import java.util.Arrays;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import nnwb.compute.TensorOperations;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.image.InputParser;
import nnwb.core.filter.image.TestInput;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.op.AxisParams;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.filter.ComputeFilter;
import nnwb.filter.PreviewFilter;

/**
 * The Image tab: choose an input (generated, the scene, or a PNG/JPEG file; RGB or gray), the operation
 * (correlation or true convolution, stride, dilation, padding mode and amount), and see the output beside the input.
 * For small inputs the numbers are written out ({@link CellPanel}); the side column shows the sliding kernel and the
 * impulse test ({@link ImpulsePanel}).
 * <p>
 * While a kernel is being painted the output comes from the engine's plain-Java filtering in a job of its own (a few
 * ms, see BENCHMARKS.md); when the stroke ends, and after every other change, it comes from the compute service. A
 * result older than the one shown is dropped, so a slow compute run never overwrites a newer preview.
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
    private final ImpulsePanel impulse;
    private final CellPanel cells;
    private final HoverReadout hover;
    private final Label status;
    private final LatestJob job;
    private final LatestJob previewJob;
    private long requested;
    private long shown;
    private Image loaded;
    private String loadedName = "";
    private Result last;
    private boolean building = true;
    private String sizedFor = TestInput.SCENE.key(); // the test input whose default size the spinner holds

    ImageTab(Composite parent, KernelModel model, Backend backend, Consumer<String> commands) {
        this.model = model;
        this.backend = backend;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(Widgets.grid(1, 4));

        Composite in = Widgets.row(root, 8);
        // the tooltip on the label: on the combo it would cover the list it opens
        Widgets.label(in, "Input").setToolTipText("a test input, a spec like checkerboard:size=32,cell=4, or rows like 1,2,3;4,5,6 (Enter)");
        inputCombo = Widgets.combo(in, SWT.DROP_DOWN, TestInput.keys().toArray(String[]::new), TestInput.keys().indexOf("scene"),
                this::inputChosen);
        inputCombo.addListener(SWT.DefaultSelection, e -> loadInput());
        Widgets.size(inputCombo, 170, SWT.DEFAULT);
        Widgets.label(in, "size");
        inputSize = Widgets.spinner(in, 1, 1024, TestInput.SCENE.defaultSize(), this::loadInput);
        Widgets.button(in, "Open image…", () -> commands.accept(FilterCommands.OPEN_IMAGE));
        rgb = Widgets.radio(in, "RGB", true, this::colourChosen);
        gray = Widgets.radio(in, "Gray", false, this::colourChosen);
        Widgets.fill(Widgets.label(in, ""), true, false, 1);

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
        impulse = new ImpulsePanel(views);
        GridData side = new GridData(SWT.FILL, SWT.FILL, false, true);
        side.widthHint = 300;
        impulse.control().setLayoutData(side);

        hover = new HoverReadout(root, inputView, outputView);
        cells = new CellPanel(root, 330);
        status = new Label(root, SWT.WRAP);
        Widgets.fill(status, true, false, 1);
        job = new LatestJob("Filtering the image on the compute service", root);
        previewJob = new LatestJob("Previewing the painted kernel", root);
        model.addListener((k, painting) -> request(painting));
        building = false;
        loadInput();
    }

    /** Grabs the space there is without asking for more (the images scale to fit). */
    private static void small(Control c) {
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true);
        d.widthHint = 120;
        d.heightHint = 120;
        c.setLayoutData(d);
    }

    public Composite control() {
        return root;
    }

    /** Shows input {@code spec}: an item of the list as if picked (its default size), anything else as if typed. */
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

    /** The compute-service job. */
    public LatestJob job() {
        return job;
    }

    /** The preview job that runs while a kernel is painted. */
    public LatestJob previewJob() {
        return previewJob;
    }

    /** Whether a filtering is running or waiting on either path. */
    public boolean busy() {
        return job.busy() || previewJob.busy();
    }

    public Result last() {
        return last;
    }

    public ImpulsePanel impulse() {
        return impulse;
    }

    public CellPanel cells() {
        return cells;
    }

    public HoverReadout hover() {
        return hover;
    }

    public Label status() {
        return status;
    }

    public Label outputSize() {
        return outputSize;
    }

    public ImageView outputView() {
        return outputView;
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

    private void showFlip() {
        impulse.sliding().animateFlip();
    }

    private void impulseTest() {
        impulse.run(model.kernel(), spec().mode(), backend.tensorsNow());
    }

    private void inputChosen() {
        TestInput.byName(inputCombo.getText()).ifPresent(t -> {
            building = true;
            inputSize.setSelection(t.defaultSize());
            building = false;
            sizedFor = t.key();
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
        if (bare && !TestInput.byName(text).get().key().equals(sizedFor)) {
            building = true; // another test input, typed or picked: its own default size (matrix: the sheet's 5 x 5)
            inputSize.setSelection(TestInput.byName(text).get().defaultSize());
            building = false;
        }
        sizedFor = bare ? TestInput.byName(text).get().key() : sizedFor;
        try {
            String spec = bare ? text + ":size=" + inputSize.getSelection() : text;
            shownInput(InputParser.parse(spec), spec);
        } catch (IllegalArgumentException e) {
            Widgets.status(status, "input: " + e.getMessage(), true);
        }
    }

    private void shownInput(Image im, String name) {
        loaded = im;
        loadedName = name;
        rgb.setEnabled(!im.isGray());
        gray.setEnabled(!im.isGray());
        inputView.show(input());
        request();
    }

    /** Loads an image file in a job and shows it as the input. */
    public void openFile(String path) {
        Widgets.status(status, "reading " + path + " ...", false);
        new LatestJob("Reading " + path, root).submit(m -> SwtImages.read(path), im -> {
            inputCombo.setText(new java.io.File(path).getName());
            inputSize.setEnabled(false);
            shownInput(im, path);
        }, p -> Widgets.status(status, p, true));
    }

    private void request() {
        request(false);
    }

    /** Filters again; {@code painting} takes the preview path while a stroke goes on. */
    void request(boolean painting) {
        if (building || root.isDisposed()) {
            return;
        }
        Image im = input();
        if (im == null) {
            return;
        }
        Kernel k = model.kernel();
        pad.setEnabled(!same.getSelection());
        FilterPlan plan;
        try {
            plan = FilterPlan.of(k, im, spec());
        } catch (IllegalArgumentException e) {
            outputSize.setText("no output");
            Widgets.status(status, e.getMessage(), true);
            root.layout(true, true);
            return;
        }
        impulse.follow(k, plan.spec().mode());
        outputSize.setText("output " + plan.outputRows() + " x " + plan.outputCols()
                + (plan.warnings().isEmpty() ? "" : "  (" + String.join("; ", plan.warnings()) + ")"));
        outputSize.setToolTipText(plan.arithmetic().axes().get(1).formula().text() + "\n"
                + plan.arithmetic().axes().get(0).formula().text());
        outputSize.getParent().layout(true);
        TensorOperations tensors = backend.tensorsNow();
        boolean quick = painting || tensors == null;
        long generation = ++requested;
        (quick ? previewJob : job).submit(m -> {
            long t0 = System.nanoTime();
            Image out = quick ? PreviewFilter.apply(plan, im) : new ComputeFilter(tensors).apply(plan, im);
            double ms = (System.nanoTime() - t0) / 1e6;
            boolean small = plan.paddedRows() <= SMALL && plan.paddedCols() <= SMALL;
            String path = quick ? painting ? "preview while painting (engine, plain Java)" : "engine (the compute service is not available)"
                    : "compute service (ND4J)";
            return new Result(plan, im, out, !quick, path, ms, small ? plan.pad(im).channel(0) : null);
        }, r -> {
            if (generation > shown) {
                shown = generation;
                show(r);
            }
        }, p -> Widgets.status(status, p, true));
    }

    private void show(Result r) {
        last = r;
        outputView.show(r.output());
        hover.show(r, !cells.show(r));
        Widgets.status(status, String.format("%s: %s, %s in %.1f ms", loadedName, r.plan().describe(), r.path(), r.ms()), false);
        root.layout(true, true);
    }
}
