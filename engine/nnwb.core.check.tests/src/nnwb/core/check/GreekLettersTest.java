package nnwb.core.check;

import static nnwb.core.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A symbol named after a Greek letter may be typed as the letter: σ for sigma, β for beta, η for eta. */
class GreekLettersTest {

    private static final Symbol ETA = Symbol.of("eta", Domain.positive());
    private static final Symbol C = Symbol.of("c", Domain.positive());
    private static final Symbol BETA = Symbol.of("beta", Domain.interval(0, 1));
    private static final Symbol T = Symbol.of("t", Domain.positiveIntegers());

    @Test
    void lettersAndNamesAreTheSameSymbol() {
        FormulaChecker f = FormulaChecker.of("-eta*c/(1 - beta)*(t - beta*(1 - beta^t)/(1 - beta))", List.of(ETA, C, BETA, T), 40, 3);
        for (String a : new String[] {"-η c/(1 - β) (t - β (1 - β^t)/(1 - β))", "−ηc(t(1−β) − β + β^(t+1))/(1−β)²",
                "-eta c (t (1 - β) - beta + β^(t+1))/(1 - beta)^2"}) {
            assertEquals(Status.CORRECT, check(f, a).status(), a);
        }
        assertEquals(Status.WRONG, check(f, "-η c t/(1 - β)").status());
    }

    @Test
    void theLetterPrintsAsTheNamedSymbolInThePreview() {
        FormulaChecker f = FormulaChecker.of("d*sigma^2/2", Symbol.of("d", Domain.positiveIntegers()), Symbol.of("sigma", Domain.positive()));
        assertEquals(f.preview("d sigma^2 / 2", Limits.DEFAULT), f.preview("d σ² / 2", Limits.DEFAULT));
    }

    @Test
    void aLetterWithoutItsSymbolIsStillUnknown() {
        FormulaChecker f = FormulaChecker.of("2*n", Symbol.of("n", Domain.positiveIntegers()));
        assertEquals(Status.UNGRADABLE, check(f, "2 σ").status());
    }
}
