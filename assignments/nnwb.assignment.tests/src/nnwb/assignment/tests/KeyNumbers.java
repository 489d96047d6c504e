package nnwb.assignment.tests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import nnwb.core.check.Checker;
import nnwb.core.check.ConventionChecker;
import nnwb.core.check.IntegerChecker;
import nnwb.core.check.MatrixChecker;
import nnwb.core.check.RealChecker;
import nnwb.core.check.TableChecker;

/**
 * The numbers a part's key is made of, read from its checker: a count, a real number (in the key's unit), every cell
 * of a vector, matrix or table, the sheet's count of a convention checker. Formula and derived keys have no fixed
 * numbers (a formula's value at a witness point is audited where the witness is named).
 */
final class KeyNumbers {

    private KeyNumbers() {
    }

    /** Every number of the key. */
    static List<BigDecimal> of(Checker c) {
        List<BigDecimal> out = new ArrayList<>();
        collect(c, out, true);
        return out;
    }

    /** The key's single number when it is one (a count or a real number), else empty. */
    static List<BigDecimal> scalar(Checker c) {
        List<BigDecimal> out = new ArrayList<>();
        collect(c, out, false);
        return out;
    }

    private static void collect(Checker c, List<BigDecimal> out, boolean cells) {
        switch (c) {
            case IntegerChecker i -> out.add(new BigDecimal(i.key()));
            case RealChecker r -> out.add(r.key());
            case ConventionChecker k -> collect(k.sheet(), out, cells);
            case MatrixChecker m when cells -> {
                for (double[] row : m.key()) {
                    for (double v : row) {
                        out.add(new BigDecimal(v));
                    }
                }
            }
            case TableChecker t when cells -> t.cells().forEach(row -> row.forEach(x -> collect(x, out, true)));
            default -> {
            }
        }
    }
}
