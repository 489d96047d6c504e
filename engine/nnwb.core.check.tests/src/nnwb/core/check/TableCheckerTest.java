package nnwb.core.check;

import static nnwb.core.check.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableCheckerTest {

    // Berkeley sheet, a CONV3-10 / POOL2 / FC-3 stack on 28x28x1 input, in our words:
    // parameters and output values per layer, derived here from the layer rules.
    private static final List<String> ROWS = List.of("conv", "pool", "fc");
    private static final List<String> COLS = List.of("params", "outputs");

    private static long[][] truth() {
        long conv = (3 * 3 * 1 + 1) * 10;
        long convOut = 26L * 26 * 10;
        long poolOut = 13L * 13 * 10;
        long fc = (poolOut + 1) * 3;
        return new long[][] {{conv, convOut}, {0, poolOut}, {fc, 3}};
    }

    private static TableChecker table() {
        long[][] t = truth();
        return TableChecker.of(ROWS, COLS, (r, c) -> IntegerChecker.of(t[ROWS.indexOf(r)][COLS.indexOf(c)]));
    }

    private static Answer byName(long[][] values) {
        Map<String, Answer> rows = new LinkedHashMap<>();
        for (int i = 0; i < ROWS.size(); i++) {
            Map<String, Answer> cols = new LinkedHashMap<>();
            for (int j = 0; j < COLS.size(); j++) {
                cols.put(COLS.get(j), Answer.text(Long.toString(values[i][j])));
            }
            rows.put(ROWS.get(i), new Answer.Fields(cols));
        }
        return new Answer.Fields(rows);
    }

    @Test
    void theRightTableIsCorrectByNameOrByPosition() {
        assertEquals(Status.CORRECT, check(table(), byName(truth())).status());
        long[][] t = truth();
        String text = t[0][0] + ", " + t[0][1] + "; " + t[1][0] + ", " + t[1][1] + "; " + t[2][0] + ", " + t[2][1];
        assertEquals(Status.CORRECT, check(table(), text).status());
    }

    @Test
    void eachCellHasItsVerdictAndCreditIsTheMean() {
        long[][] answer = truth();
        answer[2][0] = 1690 * 3;
        Verdict v = check(table(), byName(answer));
        assertEquals(Status.PARTIAL, v.status());
        assertEquals(5.0 / 6, v.credit(), 1e-12);
        assertEquals("5 of 6 cells correct", v.reason());
        CellVerdict fc = v.cells().get(4);
        assertEquals("fc / params", fc.cell());
        assertEquals(Status.WRONG, fc.status());
        assertTrue(fc.keyDetail().contains("off by 3") && fc.reason().endsWith("too low"), fc.keyDetail());
    }

    @Test
    void missingCellsAreNotAnsweredAndUnknownRowsAreNamed() {
        Map<String, Answer> partial = new LinkedHashMap<>();
        partial.put("conv", new Answer.Fields(Map.of("params", Answer.text("100"))));
        Verdict v = check(table(), new Answer.Fields(partial));
        assertEquals(Status.PARTIAL, v.status(), "conv params is right");
        assertEquals(1.0 / 6, v.credit(), 1e-12);
        assertEquals("not answered", v.cells().get(1).reason());
        Verdict unknown = check(table(), new Answer.Fields(Map.of("relu", new Answer.Fields(Map.of()))));
        assertEquals(Status.UNGRADABLE, unknown.status());
        assertTrue(unknown.reason().startsWith("unknown row 'relu'"), unknown.reason());
    }
}
