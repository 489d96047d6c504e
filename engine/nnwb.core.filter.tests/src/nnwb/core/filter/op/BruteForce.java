package nnwb.core.filter.op;

import java.util.ArrayList;
import java.util.List;

/** An independent filtering written straight from the definitions, for the tests to compare against. */
public final class BruteForce {

    private BruteForce() {
    }

    /**
     * The input index each padded cell copies (-1 for zero), built the way one pads by hand: the left part
     * written out cell by cell, then the input, then the right part.
     */
    public static List<Integer> paddedLabels(int n, int before, int after, PadMode mode) {
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < before; i++) {
            cells.add(switch (mode) {
                case ZERO -> -1;
                case CIRCULAR -> n - before + i;     // the last 'before' cells in order
                case REFLECT -> before - i;          // cells before, ..., 1: mirror without the edge
                case REPLICATE -> 0;                 // the edge repeated
            });
        }
        for (int i = 0; i < n; i++) {
            cells.add(i);
        }
        for (int i = 0; i < after; i++) {
            cells.add(switch (mode) {
                case ZERO -> -1;
                case CIRCULAR -> i;
                case REFLECT -> n - 2 - i;
                case REPLICATE -> n - 1;
            });
        }
        return cells;
    }

    /** The padded input as an array. */
    public static double[][] pad(double[][] x, AxisParams rows, AxisParams cols, PadMode mode) {
        List<Integer> lr = paddedLabels(x.length, rows.padBefore(), rows.padAfter(), mode);
        List<Integer> lc = paddedLabels(x[0].length, cols.padBefore(), cols.padAfter(), mode);
        double[][] p = new double[lr.size()][lc.size()];
        for (int r = 0; r < p.length; r++) {
            for (int c = 0; c < p[0].length; c++) {
                p[r][c] = lr.get(r) < 0 || lc.get(c) < 0 ? 0 : x[lr.get(r)][lc.get(c)];
            }
        }
        return p;
    }

    /**
     * Correlation (or convolution, by flipping the weights first) by the direct formula: every window that fits
     * in the padded input, windows {@code stride} apart, taps {@code dilation} apart.
     */
    public static double[][] filter(double[][] x, double[][] w, FilterSpec spec) {
        double[][] k = w;
        if (spec.mode() == FilterMode.CONVOLUTION) {
            k = new double[w.length][w[0].length];
            for (int a = 0; a < w.length; a++) {
                for (int b = 0; b < w[0].length; b++) {
                    k[a][b] = w[w.length - 1 - a][w[0].length - 1 - b];
                }
            }
        }
        double[][] p = pad(x, spec.rows(), spec.cols(), spec.padMode());
        List<Integer> rowStarts = starts(p.length, k.length, spec.rows());
        List<Integer> colStarts = starts(p[0].length, k[0].length, spec.cols());
        double[][] y = new double[rowStarts.size()][colStarts.size()];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                double s = 0;
                for (int a = 0; a < k.length; a++) {
                    for (int b = 0; b < k[0].length; b++) {
                        s += p[rowStarts.get(i) + a * spec.rows().dilation()][colStarts.get(j) + b * spec.cols().dilation()] * k[a][b];
                    }
                }
                y[i][j] = s;
            }
        }
        return y;
    }

    private static List<Integer> starts(int length, int k, AxisParams a) {
        List<Integer> s = new ArrayList<>();
        for (int start = 0; start + a.dilation() * (k - 1) < length; start += a.stride()) {
            s.add(start);
        }
        return s;
    }
}
