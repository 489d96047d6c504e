package nnwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** An answer equal to another convention's count is recognised, explained, and awarded only where the sheet allows. */
class ConventionCheckerTest {

    private static ConventionChecker checker(boolean accepted) {
        return new ConventionChecker(IntegerChecker.of(1000), "textbook", List.of(new ConventionChecker.Alternative("pytorch",
                IntegerChecker.of(800), accepted, "that is PyTorch's count: in-place adds keep no copy")));
    }

    @Test
    void theSheetsOwnCountPasses() {
        assertEquals(Status.CORRECT, Checks.check(checker(false), "1000").status());
        assertTrue(Checks.check(checker(false), "1000").reason().endsWith("read as the textbook convention does"),
                "the feedback says which reading the answer took");
    }

    @Test
    void anotherConventionsCountIsExplainedAndAwardedOnlyWhenTheSheetAllowsIt() {
        Verdict refused = Checks.check(checker(false), "800");
        assertEquals(Status.WRONG, refused.status());
        assertTrue(refused.reason().contains("that is PyTorch's count"), refused.reason());
        assertFalse(refused.reason().contains("1000"), "the reason never names the key");
        Verdict accepted = Checks.check(checker(true), "800");
        assertEquals(Status.CORRECT, accepted.status());
        assertTrue(accepted.reason().startsWith("accepted: that is PyTorch's count"), accepted.reason());
    }

    @Test
    void anyOtherNumberGetsTheSheetsOwnVerdict() {
        Verdict v = Checks.check(checker(true), "900");
        assertEquals(Status.WRONG, v.status());
        assertEquals(Checks.check(IntegerChecker.of(1000), "900").reason(), v.reason());
    }
}
