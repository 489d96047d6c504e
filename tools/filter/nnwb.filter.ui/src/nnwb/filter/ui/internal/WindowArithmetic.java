package nnwb.filter.ui.internal;

import java.util.List;

import nnwb.core.filter.Num;
import nnwb.core.filter.op.PadSource;
import nnwb.core.filter.op.SumOfProducts;
import nnwb.core.filter.op.Term;

/**
 * One output pixel's arithmetic written compactly for images too large for numbered cells: the window's input values,
 * the weights they meet and the products as three aligned grids side by side, and their sum. Kernels larger than
 * {@value #SHOWN} x {@value #SHOWN} show their central {@value #SHOWN} x {@value #SHOWN} taps (the sum is over all).
 * Display-free.
 */
public final class WindowArithmetic {

    /** The most kernel rows and columns written out. */
    public static final int SHOWN = 7;

    private WindowArithmetic() {
    }

    /**
     * The text for {@code s}, the sum of products of a {@code kernelRows×kernelCols} kernel (terms in tap order, row by
     * row), whose filtering gave {@code given} by {@code path}; {@code padBefore} = {top, left} padding.
     */
    public static String text(SumOfProducts s, int kernelRows, int kernelCols, int[] padBefore, double given, String path) {
        List<Term> t = s.terms();
        if (t.size() != kernelRows * kernelCols) {
            throw new IllegalArgumentException(t.size() + " terms for a " + kernelRows + " x " + kernelCols + " kernel");
        }
        int a0 = Math.max(0, (kernelRows - SHOWN) / 2);
        int a1 = Math.min(kernelRows, a0 + SHOWN);
        int b0 = Math.max(0, (kernelCols - SHOWN) / 2);
        int b1 = Math.min(kernelCols, b0 + SHOWN);
        String[][][] grids = new String[3][a1 - a0][b1 - b0];
        int width = 1;
        for (int a = a0; a < a1; a++) {
            for (int b = b0; b < b1; b++) {
                Term term = t.get(a * kernelCols + b);
                String[] cell = {term.source() == PadSource.ZERO ? "pad" : Num.format(term.value()), Num.format(term.weight()),
                    Num.format(term.product())};
                for (int g = 0; g < 3; g++) {
                    grids[g][a - a0][b - b0] = cell[g];
                    width = Math.max(width, cell[g].length());
                }
            }
        }
        Term first = t.get(0);
        Term last = t.get(t.size() - 1);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("y[%d,%d]%s: the %d x %d window at input rows %d..%d, columns %d..%d%n", s.outputRow(), s.outputCol(),
                s.channel() == 0 ? "" : " channel " + s.channel(), kernelRows, kernelCols, first.paddedRow() - padBefore[0],
                last.paddedRow() - padBefore[0], first.paddedCol() - padBefore[1], last.paddedCol() - padBefore[1]));
        boolean cut = a1 - a0 < kernelRows || b1 - b0 < kernelCols;
        if (cut) {
            sb.append(String.format("(its central %d x %d taps shown)%n", a1 - a0, b1 - b0));
        }
        String[] heads = {"input x", "× weight w (as met)", "= product"};
        int block = Math.max(heads[1].length() + 1, (b1 - b0) * (width + 1) + (cut ? 2 : 0));
        for (int g = 0; g < 3; g++) {
            sb.append(pad(heads[g], block)).append(g < 2 ? "   " : "");
        }
        sb.append('\n');
        for (int r = 0; r < a1 - a0; r++) {
            for (int g = 0; g < 3; g++) {
                StringBuilder row = new StringBuilder();
                for (int c = 0; c < b1 - b0; c++) {
                    row.append(String.format("%" + width + "s ", grids[g][r][c]));
                }
                if (cut) {
                    row.append("… ");
                }
                sb.append(pad(row.toString(), block)).append(g < 2 ? "   " : "");
            }
            sb.append('\n');
        }
        if (cut) {
            sb.append("…\n");
        }
        sb.append("sum of the ").append(t.size()).append(" products = ").append(Num.format(s.value()))
                .append("; ").append(path).append(" gave ").append(Num.format(given));
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
