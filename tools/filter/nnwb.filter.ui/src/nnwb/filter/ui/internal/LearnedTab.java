package nnwb.filter.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nnwb.core.Numbers;
import nnwb.compute.NetworkTraining;
import nnwb.compute.TensorOperations;
import nnwb.compute.net.ConvWeights;
import nnwb.compute.net.Network;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.freq.BandReading;
import nnwb.core.filter.freq.FrequencyResponse;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelPreset;
import nnwb.core.filter.op.FilterBank;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.core.filter.op.ReferenceFilter;
import nnwb.filter.ComputeFilter;
import nnwb.filter.LearnedFilters;
import nnwb.contracts.KernelSet;
import nnwb.filter.render.Colormaps;

/**
 * The Learned filters tab: open a trained model (a DL4J model zip, or a training run's folder holding one) through
 * the compute service, or receive kernels from another tool, and see the first convolution layer's kernels with their
 * frequency magnitudes beside hand-designed ones. A kernel goes to the editor with one click; the whole bank applies
 * to the Image tab's input (as the layer computes it: correlation, "same" zero padding, bias, before the activation).
 */
public final class LearnedTab {

    /** The |H| grid of a gallery tile. */
    public static final int RESPONSE_GRID = 32;
    /** The hand-designed kernels shown for comparison. */
    static final List<KernelPreset> HAND_DESIGNED = List.of(KernelPreset.SOBEL_X, KernelPreset.SOBEL_Y, KernelPreset.LAPLACIAN,
            KernelPreset.BOX_BLUR, KernelPreset.SHARPEN);

    /** A set of kernels on show: the bank (null when the kernels differ in size) and where they came from. */
    public record Learned(String title, FilterBank bank, List<Kernel> singles) {

        public int outputs() {
            return bank != null ? bank.outputChannels() : singles.size();
        }

        public int inputs() {
            return bank != null ? bank.inputChannels() : 1;
        }

        public Kernel kernel(int out, int in) {
            return bank != null ? bank.kernel(out, in) : singles.get(out);
        }
    }

    private final Composite root;
    private final KernelModel model;
    private final Backend backend;
    private final Supplier<Image> input;
    private final Label title;
    private final Combo channel;
    private final KernelGallery gallery;
    private final KernelGallery hand;
    private final Label selectedInfo;
    private final Button apply;
    private final ImageStrip maps;
    private final Label status;
    private final LatestJob job;
    private final LatestJob applyJob;
    private Learned learned;
    private Image lastMaps;

    LearnedTab(Composite parent, KernelModel model, Backend backend, Supplier<Image> input, Consumer<String> commands) {
        this.model = model;
        this.backend = backend;
        this.input = input;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(Widgets.grid(2, 4));
        Composite c = Widgets.row(root, 6);
        Widgets.fill(c, true, false, 2);
        Widgets.button(c, "Open model…", () -> commands.accept(FilterCommands.OPEN_MODEL)).setToolTipText("a DL4J MultiLayerNetwork zip (ModelSerializer)");
        Widgets.button(c, "Open run folder…", () -> commands.accept(FilterCommands.OPEN_RUN)).setToolTipText("a training run's folder holding its model zip");
        Widgets.label(c, "input channel");
        channel = Widgets.combo(c, SWT.READ_ONLY, new String[] {"0"}, 0, this::refreshGallery);
        title = new Label(c, SWT.WRAP);
        title.setText("No model open: open a trained model, or let the training runner send its kernels.");
        Widgets.fill(title, true, false, 2);
        ((org.eclipse.swt.layout.GridData) title.getLayoutData()).widthHint = 200;

        Label l1 = Widgets.label(root, "learned kernels (weights above, |H| below; click one)");
        Widgets.fill(l1, true, false, 1);
        Label l2 = Widgets.label(root, "hand-designed, for comparison");
        Widgets.fill(l2, false, false, 1);
        gallery = new KernelGallery(root);
        Widgets.fill(gallery.control(), true, true, 1);
        gallery.onSelect(i -> describeSelected());
        hand = new KernelGallery(root);
        Widgets.size(hand.control(), 280, 320);
        hand.onSelect(i -> { });

        Composite actions = Widgets.row(root, 4);
        Widgets.fill(actions, true, false, 2);
        Widgets.button(actions, "Edit in the kernel editor", this::editSelected);
        apply = Widgets.button(actions, "Apply all to the Image tab's input", this::applyAll);
        selectedInfo = new Label(actions, SWT.WRAP);
        Widgets.fill(selectedInfo, true, false, 2);
        maps = new ImageStrip(root, "feature maps: the bank applied to the input (bias added, no activation)");
        Widgets.fill(maps.control(), true, true, 2);
        status = new Label(root, SWT.WRAP);
        Widgets.fill(status, true, false, 2);
        job = new LatestJob("Opening a model", root);
        applyJob = new LatestJob("Applying the learned filters", root);
        List<KernelGallery.Tile> handTiles = new ArrayList<>();
        for (KernelPreset p : HAND_DESIGNED) {
            handTiles.add(tile(p.kernel(), p.key()));
        }
        hand.show(handTiles);
    }

    public Composite control() {
        return root;
    }

    public Learned learned() {
        return learned;
    }

    public KernelGallery gallery() {
        return gallery;
    }

    public LatestJob job() {
        return job;
    }

    public LatestJob applyJob() {
        return applyJob;
    }

    public Image lastMaps() {
        return lastMaps;
    }

    public Label status() {
        return status;
    }

    public Label title() {
        return title;
    }

    /** Opens a model zip, or the first zip in a run folder (model.zip preferred), in a job. */
    public void open(Path path) {
        NetworkTraining training = backend.trainingNow();
        if (training == null) {
            Widgets.status(status, "the compute service is not available: cannot open " + path, true);
            return;
        }
        Widgets.status(status, "opening " + path + " ...", false);
        job.submit(m -> {
            Path file = modelFile(path);
            try (Network net = training.load(file)) {
                List<ConvWeights> conv = net.convolutionWeights();
                if (conv.isEmpty()) {
                    throw new IllegalArgumentException(file.getFileName() + " has no 2D convolution layer");
                }
                ConvWeights w = conv.get(0);
                FilterBank bank = LearnedFilters.bank(w);
                String t = file.getFileName() + ": layer " + w.layer() + (w.name().isEmpty() ? "" : " '" + w.name() + "'") + ", "
                        + w.outputChannels() + " kernels of " + w.kernels().dim(2) + " x " + w.kernels().dim(3) + " over "
                        + w.inputChannels() + " input channel(s)";
                return new Learned(t, bank, null);
            }
        }, this::show, p -> Widgets.status(status, "cannot open " + path + ": " + p, true));
    }

    /** The model zip at {@code path}: the file itself, or in a folder model.zip or the newest zip two levels deep. */
    public static Path modelFile(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            if (!Files.isRegularFile(path)) {
                throw new IllegalArgumentException("no file " + path);
            }
            return path;
        }
        if (Files.isRegularFile(path.resolve("model.zip"))) {
            return path.resolve("model.zip");
        }
        try (Stream<Path> s = Files.walk(path, 2)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip"))
                    .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalArgumentException("no model zip in " + path));
        }
    }

    /** Shows kernels another tool sent ({@code nnwb/filter/openKernels}). */
    public void show(KernelSet set) {
        List<Kernel> kernels = set.kernels().stream().map(Kernel::of).toList();
        boolean sameSize = kernels.stream().allMatch(k -> k.rows() == kernels.get(0).rows() && k.cols() == kernels.get(0).cols());
        show(new Learned(set.title() + ": " + kernels.size() + " kernels", sameSize ? FilterBank.ofSingleInput(kernels) : null, kernels));
    }

    private void show(Learned l) {
        learned = l;
        title.setText(l.title());
        String[] items = new String[l.inputs()];
        for (int i = 0; i < items.length; i++) {
            items[i] = String.valueOf(i);
        }
        channel.setItems(items);
        channel.select(0);
        apply.setEnabled(l.bank() != null);
        refreshGallery();
        Widgets.status(status, "", false);
        root.layout(true, true);
    }

    private void refreshGallery() {
        if (learned == null) {
            return;
        }
        int in = Math.max(0, channel.getSelectionIndex());
        List<KernelGallery.Tile> tiles = new ArrayList<>();
        for (int o = 0; o < learned.outputs(); o++) {
            tiles.add(tile(learned.kernel(o, in), "#" + o));
        }
        gallery.show(tiles);
        describeSelected();
    }

    public static KernelGallery.Tile tile(Kernel k, String label) {
        int side = Math.max(RESPONSE_GRID, Math.max(k.rows(), k.cols()));
        Matrix mag = FrequencyResponse.of(k, side).magnitude();
        double peak = 0;
        for (double v : mag.rowMajor()) {
            peak = Math.max(peak, v);
        }
        double[] m = mag.rowMajor();
        int[] px = new int[m.length];
        for (int i = 0; i < m.length; i++) {
            px[i] = Colormaps.sequential(peak == 0 ? 0 : m[i] / peak);
        }
        return new KernelGallery.Tile(k, label, px, side);
    }

    private void describeSelected() {
        int i = gallery.selected();
        if (learned == null || i < 0) {
            return;
        }
        Kernel k = learned.kernel(i, Math.max(0, channel.getSelectionIndex()));
        String bias = learned.bank() != null ? ", bias " + Numbers.format(learned.bank().bias().get(i)) : "";
        selectedInfo.setText("kernel #" + i + bias + ": " + BandReading.of(k).message());
        selectedInfo.getParent().layout(true);
    }

    /** Selects kernel {@code i} as a click would. */
    public void select(int i) {
        gallery.select(i);
        describeSelected();
    }

    /** Puts the selected kernel into the editor (one undoable step). */
    public void editSelected() {
        int i = gallery.selected();
        if (learned != null && i >= 0) {
            model.edit(learned.kernel(i, Math.max(0, channel.getSelectionIndex())), "learned kernel #" + i);
        }
    }

    /** Applies the whole bank to the Image tab's input on the compute service. */
    public void applyAll() {
        if (learned == null || learned.bank() == null) {
            return;
        }
        Image im = input.get();
        if (im == null) {
            Widgets.status(status, "choose an input on the Image tab first", true);
            return;
        }
        FilterBank bank = learned.bank();
        Image x;
        if (bank.inputChannels() == im.channelCount()) {
            x = im;
        } else if (bank.inputChannels() == 1) {
            x = im.toGray();
        } else if (im.isGray() && bank.inputChannels() == 3) {
            x = Image.rgb(im.channel(0), im.channel(0), im.channel(0));
        } else {
            Widgets.status(status, "the layer takes " + bank.inputChannels() + " channels, the input has " + im.channelCount(), true);
            return;
        }
        FilterSpec spec = FilterSpec.same(bank.kernel(0, 0), FilterMode.CORRELATION, PadMode.ZERO, 1);
        TensorOperations tensors = backend.tensorsNow();
        applyJob.submit(m -> tensors == null ? ReferenceFilter.apply(bank, x, spec) : new ComputeFilter(tensors).apply(bank, x, spec),
                out -> {
                    lastMaps = out;
                    List<String> names = new ArrayList<>();
                    for (int o = 0; o < out.channelCount(); o++) {
                        names.add("#" + o);
                    }
                    maps.show(out, names);
                    Widgets.status(status, "applied " + bank.outputChannels() + " kernels to " + x.rows() + " x " + x.cols()
                            + (tensors == null ? " with the engine" : " on the compute service") + "; each map on one shared scale", false);
                }, p -> Widgets.status(status, p, true));
    }
}
