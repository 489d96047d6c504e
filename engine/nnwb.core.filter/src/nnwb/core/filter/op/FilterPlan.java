package nnwb.core.filter.op;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nnwb.core.conv.AxisSpec;
import nnwb.core.conv.ConvCalculator;
import nnwb.core.conv.ConvKind;
import nnwb.core.conv.ConvWarning;
import nnwb.core.conv.LayerResult;
import nnwb.core.conv.LayerSpec;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;

/**
 * A validated filtering of an input of known size: its geometry comes from the conv-arithmetic engine
 * ({@link ConvCalculator}), so the output size and the validation messages are the calculator's.
 * <p>
 * Output cell {@code (i, j)} is {@code sum over taps (a, b) of P[i*sr + a*dr][j*sc + b*dc] * S[a][b]}, where
 * {@code P} is the padded input ({@link #pad}) and {@code S} the {@linkplain #slidingKernel() sliding kernel}:
 * the kernel itself for correlation, the kernel flipped by 180 degrees for true convolution. A compute backend
 * can therefore pad with {@link #pad} and run a plain unpadded correlation with {@code slidingKernel()}.
 */
public final class FilterPlan {

    private final Kernel kernel;
    private final int inputRows;
    private final int inputCols;
    private final FilterSpec spec;
    private final LayerResult layer;
    private final int[] rowSource;
    private final int[] colSource;

    private FilterPlan(Kernel kernel, int inputRows, int inputCols, FilterSpec spec, LayerResult layer) {
        this.kernel = kernel;
        this.inputRows = inputRows;
        this.inputCols = inputCols;
        this.spec = spec;
        this.layer = layer;
        this.rowSource = PadIndex.table(inputRows, spec.rows().padBefore(), spec.rows().padAfter(), spec.padMode());
        this.colSource = PadIndex.table(inputCols, spec.cols().padBefore(), spec.cols().padAfter(), spec.padMode());
    }

    /**
     * Validates filtering an input of {@code inputRows x inputCols} with {@code kernel} as {@code spec} says.
     *
     * @throws IllegalArgumentException with the conv engine's messages, prefixed by the axis ("height", "width")
     */
    public static FilterPlan of(Kernel kernel, int inputRows, int inputCols, FilterSpec spec) {
        if (kernel == null || spec == null) {
            throw new IllegalArgumentException("filtering needs a kernel and its parameters");
        }
        Matrix.checkShape(inputRows, inputCols);
        LayerResult layer = ConvCalculator.analyze(layerSpec(kernel, inputRows, inputCols, spec));
        if (!layer.valid()) {
            throw new IllegalArgumentException(layer.problems().stream()
                    .map(p -> (p.axis() < 0 ? "" : layer.spec().axisName(p.axis()) + ": ") + p.message())
                    .collect(Collectors.joining("; ")));
        }
        checkPaddedSide("height", inputRows, spec.rows());
        checkPaddedSide("width", inputCols, spec.cols());
        return new FilterPlan(kernel, inputRows, inputCols, spec, layer);
    }

    /** The plan for filtering {@code image}. */
    public static FilterPlan of(Kernel kernel, Image image, FilterSpec spec) {
        return of(kernel, image.rows(), image.cols(), spec);
    }

    /** The conv engine's description of this filtering: a 2D convolution layer, width axis first. */
    public static LayerSpec layerSpec(Kernel kernel, int inputRows, int inputCols, FilterSpec spec) {
        return LayerSpec.of(ConvKind.CONV, spec.padMode().arithmeticMode(),
                axis(inputCols, kernel.cols(), spec.cols()), axis(inputRows, kernel.rows(), spec.rows()));
    }

    private static AxisSpec axis(int in, int k, AxisParams a) {
        return new AxisSpec(in, k, a.stride(), a.padBefore(), a.padAfter(), a.dilation(), 0);
    }

    private static void checkPaddedSide(String axis, int in, AxisParams a) {
        if ((long) in + a.padBefore() + a.padAfter() > Matrix.MAX_SIDE) {
            throw new IllegalArgumentException(axis + ": padding " + a.padBefore() + " + " + a.padAfter()
                    + " makes the padded input longer than " + Matrix.MAX_SIDE + " cells");
        }
    }

    public Kernel kernel() {
        return kernel;
    }

    public FilterSpec spec() {
        return spec;
    }

    public int inputRows() {
        return inputRows;
    }

    public int inputCols() {
        return inputCols;
    }

    /** Output rows, as the conv engine computes them. */
    public int outputRows() {
        return (int) layer.axes().get(1).outputSize();
    }

    /** Output columns, as the conv engine computes them. */
    public int outputCols() {
        return (int) layer.axes().get(0).outputSize();
    }

    /** Rows of the padded input. */
    public int paddedRows() {
        return rowSource.length;
    }

    /** Columns of the padded input. */
    public int paddedCols() {
        return colSource.length;
    }

    /** The conv engine's full answer (formulas, "same" padding, warnings) for this filtering. */
    public LayerResult arithmetic() {
        return layer;
    }

    /** The kernel that slides over the padded input: the kernel for correlation, its 180-degree flip for convolution. */
    public Kernel slidingKernel() {
        return spec.mode() == FilterMode.CONVOLUTION ? kernel.flipped() : kernel;
    }

    /** The input row that padded row {@code p} reads, or -1 for a zero cell. */
    public int rowSource(int p) {
        return rowSource[p];
    }

    /** The input column that padded column {@code p} reads, or -1 for a zero cell. */
    public int colSource(int p) {
        return colSource[p];
    }

    /** What kind of cell padded cell ({@code pr}, {@code pc}) is: an input cell, or which kind of padding. */
    public PadSource source(int pr, int pc) {
        PadSource r = PadIndex.kind(pr - spec.rows().padBefore(), inputRows, spec.padMode());
        return r != PadSource.INPUT ? r : PadIndex.kind(pc - spec.cols().padBefore(), inputCols, spec.padMode());
    }

    /** The padded input, channel by channel. */
    public Image pad(Image input) {
        checkInput(input);
        return input.map(m -> Matrix.generate(paddedRows(), paddedCols(), (r, c) ->
                rowSource[r] < 0 || colSource[c] < 0 ? 0 : m.get(rowSource[r], colSource[c])));
    }

    void checkInput(Image input) {
        if (input.rows() != inputRows || input.cols() != inputCols) {
            throw new IllegalArgumentException("the plan is for a " + inputRows + " x " + inputCols + " input, got "
                    + input.rows() + " x " + input.cols());
        }
    }

    /** Legal but suspicious things from the conv engine (cells a stride skips, dilation gaps), axis-prefixed. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        layer.axes().forEach(a -> a.warnings().stream()
                .filter(w -> spec.padMode() != PadMode.REPLICATE || w.type() != ConvWarning.Type.UNREAD_INPUT)
                .forEach(w -> out.add(a.name() + ": " + w.message())));
        return out;
    }

    /** One line, e.g. "true convolution (kernel flipped) of 5 x 5 with 3 x 3, stride 1, zero padding 1 -> 5 x 5". */
    public String describe() {
        AxisParams r = spec.rows();
        AxisParams c = spec.cols();
        String op = spec.mode() == FilterMode.CONVOLUTION ? "true convolution (kernel flipped 180 degrees)"
                : "correlation (kernel as drawn)";
        String pads = r.padBefore() == r.padAfter() && c.padBefore() == c.padAfter() && r.padBefore() == c.padBefore()
                ? String.valueOf(r.padBefore())
                : "top " + r.padBefore() + " bottom " + r.padAfter() + " left " + c.padBefore() + " right " + c.padAfter();
        return op + " of " + inputRows + " x " + inputCols + " with " + kernel.rows() + " x " + kernel.cols()
                + ", stride " + pair(r.stride(), c.stride()) + ", dilation " + pair(r.dilation(), c.dilation())
                + ", " + spec.padMode().label() + " padding " + pads + " -> " + outputRows() + " x " + outputCols();
    }

    private static String pair(int rows, int cols) {
        return rows == cols ? String.valueOf(rows) : rows + " x " + cols;
    }
}
