package nnwb.conv.ui.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nnwb.core.conv.AxisGeometry;
import nnwb.core.conv.CellSource;
import nnwb.core.conv.ConvCalculator;
import nnwb.core.conv.GridCell;
import nnwb.core.conv.LayerSpec;
import nnwb.core.conv.Tap;
import nnwb.core.conv.Window;

/**
 * What the calculator draws for a valid layer and a chosen output cell: the (padded, or for a transposed
 * convolution zero-inserted) grid the kernel slides over, the kernel's taps and dilation gaps at that output
 * cell, and the input cells that feed it. One-dimensional layers are drawn as a single row. Display-free: every
 * position and cell kind comes from the engine's {@link AxisGeometry}.
 */
public final class LayerDrawing {

    /** Largest grid side that is drawn cell by cell. */
    public static final long MAX_CELLS = 64;

    private final LayerSpec spec;
    private final AxisGeometry x;
    private final AxisGeometry y;
    private final long outX;
    private final long outY;

    /** The drawing at output cell ({@code outX}, {@code outY}), clamped into the output. */
    public LayerDrawing(LayerSpec spec, long outX, long outY) {
        this.spec = spec;
        this.x = ConvCalculator.geometry(spec, 0);
        this.y = spec.is2d() ? ConvCalculator.geometry(spec, 1) : null;
        this.outX = clamp(outX, x.outputSize());
        this.outY = y == null ? 0 : clamp(outY, y.outputSize());
    }

    private static long clamp(long v, long size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    public LayerSpec spec() {
        return spec;
    }

    public long outX() {
        return outX;
    }

    public long outY() {
        return outY;
    }

    public long gridWidth() {
        return x.gridLength();
    }

    public long gridHeight() {
        return y == null ? 1 : y.gridLength();
    }

    public long outputWidth() {
        return x.outputSize();
    }

    public long outputHeight() {
        return y == null ? 1 : y.outputSize();
    }

    /** Whether both grids are small enough to draw cell by cell. */
    public boolean drawable() {
        return gridWidth() <= MAX_CELLS && gridHeight() <= MAX_CELLS && outputWidth() <= MAX_CELLS
                && outputHeight() <= MAX_CELLS;
    }

    /** What the grid cell at (gx, gy) holds; a 2D cell is padding or a zero if either axis says so. */
    public Cell cell(long gx, long gy) {
        GridCell cx = x.cell(gx);
        GridCell cy = y == null ? null : y.cell(gy);
        CellSource source = cy == null ? cx.source() : combine(cx.source(), cy.source());
        String label;
        if (!source.readsInput()) {
            label = "0";
        } else if (cy == null) {
            label = String.valueOf(cx.inputIndex());
        } else {
            label = cx.inputIndex() + "," + cy.inputIndex();
        }
        return new Cell(gx, gy, source, label);
    }

    private static CellSource combine(CellSource a, CellSource b) {
        for (CellSource s : List.of(CellSource.OUTPUT_PADDING, CellSource.PADDING, CellSource.INSERTED_ZERO,
                CellSource.WRAPPED, CellSource.REFLECTED)) {
            if (a == s || b == s) {
                return s;
            }
        }
        return CellSource.INPUT;
    }

    /** The window of the chosen output cell along x. */
    public Window windowX() {
        return x.window(outX);
    }

    /** The window along y (a one-cell window in row 0 for a 1D layer). */
    public Window windowY() {
        return y == null ? null : y.window(outY);
    }

    /** Grid positions the kernel reads at the chosen output cell, as {x, y} pairs. */
    public List<long[]> taps() {
        List<long[]> out = new ArrayList<>();
        for (Tap tx : windowX().taps()) {
            if (y == null) {
                out.add(new long[] {tx.cell().position(), 0});
            } else {
                for (Tap ty : windowY().taps()) {
                    out.add(new long[] {tx.cell().position(), ty.cell().position()});
                }
            }
        }
        return out;
    }

    /** Whether grid position (gx, gy) lies under a kernel tap. */
    public boolean isTap(long gx, long gy) {
        return windowX().taps().stream().anyMatch(t -> t.cell().position() == gx)
                && (y == null ? gy == 0 : windowY().taps().stream().anyMatch(t -> t.cell().position() == gy));
    }

    /** Whether grid position (gx, gy) lies inside the kernel's span but between taps (a dilation gap). */
    public boolean isGap(long gx, long gy) {
        Window wx = windowX();
        boolean insideX = gx >= wx.firstPosition() && gx <= wx.lastPosition();
        boolean insideY = y == null ? gy == 0 : gy >= windowY().firstPosition() && gy <= windowY().lastPosition();
        return insideX && insideY && !isTap(gx, gy);
    }

    /** Input cells (as "x" or "x,y" labels) that feed the chosen output cell, in tap order without repeats. */
    public List<String> feedingInputs() {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (long[] t : taps()) {
            Cell c = cell(t[0], t[1]);
            if (c.source().readsInput() && seen.add(c.label())) {
                out.add(c.label());
            }
        }
        return out;
    }

    /** One drawn grid cell: its grid position, what it holds, and the text drawn in it. */
    public record Cell(long gx, long gy, CellSource source, String label) {
    }
}
