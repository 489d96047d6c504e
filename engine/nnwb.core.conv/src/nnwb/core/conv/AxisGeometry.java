package nnwb.core.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * The grid a layer's kernel slides over along one axis, for drawing and for "which inputs feed this output".
 * <p>
 * Convolution and pooling: the input with its padding cells, {@code in + p_before + p_after} long; the window of
 * output {@code o} starts at grid position {@code o*stride}, its taps {@code dilation} apart.
 * <p>
 * Transposed convolution, drawn as the equivalent stride-1 convolution: the input cells spaced {@code stride} apart
 * with zeros inserted between them, {@code d*(k-1) - p_before} padding cells before (negative means cropped) and
 * {@code d*(k-1) - p_after + output_padding} after; the window of output {@code o} starts at position {@code o} and
 * slides the flipped kernel. The geometry assumes a spec without validation problems.
 */
public final class AxisGeometry {

    private final ConvKind kind;
    private final PaddingMode mode;
    private final AxisSpec a;

    public AxisGeometry(ConvKind kind, PaddingMode mode, AxisSpec axis) {
        this.kind = kind;
        this.mode = mode;
        this.a = axis;
    }

    public AxisSpec spec() {
        return a;
    }

    /** Number of output cells. */
    public long outputSize() {
        return a.outputSize(kind);
    }

    /** Number of grid cells. */
    public long gridLength() {
        return kind == ConvKind.TRANSPOSED ? outputSize() + a.effectiveKernel() - 1 : a.paddedInput();
    }

    /** Grid position of input cell {@code i} (for a transposed convolution it may lie outside a cropped grid). */
    public long inputPosition(long i) {
        return kind == ConvKind.TRANSPOSED ? transposedOffset() + i * a.stride() : a.padBefore() + i;
    }

    private long transposedOffset() {
        return a.dilation() * (a.kernel() - 1) - a.padBefore();
    }

    /** The cell at a grid position. */
    public GridCell cell(long position) {
        return kind == ConvKind.TRANSPOSED ? transposedCell(position) : forwardCell(position);
    }

    private GridCell forwardCell(long position) {
        long c = position - a.padBefore();
        long in = a.input();
        if (c >= 0 && c < in) {
            return new GridCell(position, CellSource.INPUT, c);
        }
        if (kind == ConvKind.CONV && mode == PaddingMode.CIRCULAR) {
            return new GridCell(position, CellSource.WRAPPED, Math.floorMod(c, in));
        }
        if (kind == ConvKind.CONV && mode == PaddingMode.REFLECT) {
            return new GridCell(position, CellSource.REFLECTED, reflect(c, in));
        }
        return new GridCell(position, CellSource.PADDING, -1);
    }

    /** The mirrored index of coordinate {@code c} for an input of {@code in} cells (edge cell not repeated). */
    static long reflect(long c, long in) {
        if (in == 1) {
            return 0;
        }
        long period = 2 * (in - 1);
        long m = Math.floorMod(c, period);
        return m < in ? m : period - m;
    }

    private GridCell transposedCell(long position) {
        long z = position - transposedOffset();
        long last = (a.input() - 1) * a.stride();
        if (z >= 0 && z <= last) {
            return z % a.stride() == 0
                    ? new GridCell(position, CellSource.INPUT, z / a.stride())
                    : new GridCell(position, CellSource.INSERTED_ZERO, -1);
        }
        if (position >= gridLength() - a.outputPadding()) {
            return new GridCell(position, CellSource.OUTPUT_PADDING, -1);
        }
        return new GridCell(position, CellSource.PADDING, -1);
    }

    /** Every grid cell in order; meant for drawing, so only for modest sizes. */
    public List<GridCell> grid() {
        List<GridCell> cells = new ArrayList<>();
        for (long p = 0; p < gridLength(); p++) {
            cells.add(cell(p));
        }
        return cells;
    }

    /** The grid position where the window of output cell {@code o} starts. */
    public long windowStart(long o) {
        return kind == ConvKind.TRANSPOSED ? o : o * a.stride();
    }

    /** The kernel placed at output cell {@code o} (0 <= o < outputSize). */
    public Window window(long o) {
        long first = windowStart(o);
        List<Tap> taps = new ArrayList<>();
        for (int j = 0; j < a.kernel(); j++) {
            int weight = kind == ConvKind.TRANSPOSED ? (int) a.kernel() - 1 - j : j;
            taps.add(new Tap(weight, cell(first + j * a.dilation())));
        }
        return new Window(o, first, first + a.effectiveKernel() - 1, taps);
    }

    /** The output cells that read input cell {@code i} (directly or through a wrapped or reflected copy), ascending. */
    public List<Long> outputsReading(long i) {
        List<Long> outputs = new ArrayList<>();
        for (long o = 0; o < outputSize(); o++) {
            if (window(o).inputIndices().contains(i)) {
                outputs.add(o);
            }
        }
        return outputs;
    }
}
