package nnwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random rational formulas, compared exactly and (with a term that vanishes) by evaluation, must agree. */
class FormulaPropertyTest {

    private static final Symbol X = Symbol.of("x", Domain.positive());
    private static final Symbol Y = Symbol.of("y", Domain.positive());

    private static String formula(SplittableRandom r, int depth) {
        if (depth == 0 || r.nextInt(3) == 0) {
            int k = r.nextInt(3);
            return k == 0 ? Integer.toString(r.nextInt(1, 6)) : k == 1 ? "x" : "y";
        }
        String a = formula(r, depth - 1);
        String b = formula(r, depth - 1);
        return switch (r.nextInt(5)) {
            case 0 -> "(" + a + " + " + b + ")";
            case 1 -> "(" + a + " - " + b + ")";
            case 2 -> a + "*" + b;
            case 3 -> "(" + a + ")/(" + b + " + 7)";
            default -> "(" + a + ")^" + r.nextInt(0, 4);
        };
    }

    private static Status check(FormulaChecker c, String answer) {
        return c.check(Answer.text(answer), CheckContext.standalone()).status();
    }

    @Test
    void everyFormulaEqualsItselfAndDiffersFromItselfPlusOneByBothPaths() {
        SplittableRandom r = new SplittableRandom(2026);
        for (int i = 0; i < 300; i++) {
            String f = formula(r, 4);
            FormulaChecker c = FormulaChecker.of(f, X, Y);
            assertEquals(Status.CORRECT, check(c, f), f);
            assertEquals(Status.WRONG, check(c, "(" + f + ") + 1"), f);
            assertEquals(Status.CORRECT, check(c, f + " + 0*sqrt(x + 1)"), f);
            assertEquals(Status.WRONG, check(c, f + " + 1 + 0*sqrt(x + 1)"), f);
            assertEquals(Status.CORRECT, check(c, "(" + f + ")*(x + y)/(y + x)"), f);
        }
    }
}
