package nnwb.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Finds the allowed transformation of a key (a common factor and an order of its columns)
 * under which the most cells of a student's grid are right.
 */
final class GridMatch {

    /**
     * The transformation found.
     *
     * @param factor  the factor applied to the key (1 when none)
     * @param order   for each student column, the key column it is compared with
     * @param correct cells right under it
     */
    record Transform(double factor, int[] order, int correct) {

        boolean permuted() {
            for (int j = 0; j < order.length; j++) {
                if (order[j] != j) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Grids up to this size also try the factor each cell suggests. */
    private static final int RATIO_CELLS = 64;

    private GridMatch() {
    }

    /** {@code student} cells are NaN where unreadable. */
    static Transform best(double[][] student, double[][] key, Tolerance tol, Set<Freedom> freedoms, Deadline deadline) {
        int cols = key[0].length;
        int[] identity = new int[cols];
        Arrays.setAll(identity, j -> j);
        Transform best = new Transform(1, identity, score(student, key, 1, identity, tol));
        List<Double> candidates = new ArrayList<>();
        if (freedoms.contains(Freedom.PERMUTATION)) {
            candidates.add(1.0);
        }
        candidates.addAll(factors(student, key, freedoms));
        for (double f : candidates) {
            if (best.correct() == cells(key)) {
                break;
            }
            deadline.check();
            int[] order = freedoms.contains(Freedom.PERMUTATION) ? order(student, key, f, tol, deadline) : identity;
            Transform t = new Transform(f, order, score(student, key, f, order, tol));
            if (t.correct() > best.correct()) {
                best = t;
            }
        }
        return best;
    }

    private static List<Double> factors(double[][] s, double[][] k, Set<Freedom> freedoms) {
        List<Double> out = new ArrayList<>();
        if (freedoms.contains(Freedom.SIGN) || freedoms.contains(Freedom.SCALE)) {
            out.add(-1.0);
        }
        if (freedoms.contains(Freedom.SCALE)) {
            double sk = 0;
            double kk = 0;
            double ss = 0;
            double bigS = 0;
            double bigK = 0;
            for (int i = 0; i < k.length; i++) {
                for (int j = 0; j < k[i].length; j++) {
                    double sv = Double.isNaN(s[i][j]) ? 0 : s[i][j];
                    sk += sv * k[i][j];
                    kk += k[i][j] * k[i][j];
                    ss += sv * sv;
                    if (Math.abs(k[i][j]) > Math.abs(bigK)) {
                        bigK = k[i][j];
                        bigS = sv;
                    }
                }
            }
            if (kk > 0) {
                if (cells(k) <= RATIO_CELLS) {
                    for (int i = 0; i < k.length; i++) {
                        for (int j = 0; j < k[i].length; j++) {
                            if (k[i][j] != 0 && !Double.isNaN(s[i][j])) {
                                out.add(s[i][j] / k[i][j]);
                            }
                        }
                    }
                }
                out.add(sk / kk);
                out.add(Math.sqrt(ss / kk));
                out.add(-Math.sqrt(ss / kk));
                out.add(bigS / bigK);
            }
        }
        out.removeIf(f -> f == 0 || Double.isNaN(f) || Double.isInfinite(f) || f == 1);
        return out.stream().distinct().toList();
    }

    private static int cells(double[][] k) {
        return k.length * k[0].length;
    }

    private static int score(double[][] s, double[][] k, double f, int[] order, Tolerance tol) {
        int n = 0;
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < order.length; j++) {
                if (tol.accepts(s[i][j], f * k[i][order[j]])) {
                    n++;
                }
            }
        }
        return n;
    }

    /** A maximum matching of student columns to equal key columns (augmenting paths), the rest in order. */
    private static int[] order(double[][] s, double[][] k, double f, Tolerance tol, Deadline deadline) {
        int cols = k[0].length;
        boolean[][] fits = new boolean[cols][cols];
        for (int j = 0; j < cols; j++) {
            deadline.check();
            for (int c = 0; c < cols; c++) {
                boolean all = true;
                for (int i = 0; i < k.length && all; i++) {
                    all = tol.accepts(s[i][j], f * k[i][c]);
                }
                fits[j][c] = all;
            }
        }
        int[] keyToStudent = new int[cols];
        Arrays.fill(keyToStudent, -1);
        for (int j = 0; j < cols; j++) {
            deadline.check();
            augment(j, fits, keyToStudent, new boolean[cols]);
        }
        int[] order = new int[cols];
        Arrays.fill(order, -1);
        boolean[] used = new boolean[cols];
        for (int c = 0; c < cols; c++) {
            if (keyToStudent[c] >= 0) {
                order[keyToStudent[c]] = c;
                used[c] = true;
            }
        }
        int next = 0;
        for (int j = 0; j < cols; j++) {
            if (order[j] < 0) {
                while (used[next]) {
                    next++;
                }
                order[j] = next;
                used[next] = true;
            }
        }
        return order;
    }

    private static boolean augment(int j, boolean[][] fits, int[] keyToStudent, boolean[] seen) {
        for (int c = 0; c < fits.length; c++) {
            if (fits[j][c] && !seen[c]) {
                seen[c] = true;
                if (keyToStudent[c] < 0 || augment(keyToStudent[c], fits, keyToStudent, seen)) {
                    keyToStudent[c] = j;
                    return true;
                }
            }
        }
        return false;
    }
}
