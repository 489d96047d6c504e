package nnwb.assignment.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnwb.core.check.Answer;
import nnwb.core.check.TableChecker;

/** Between what a student types and an {@link Answer}: text for most parts, rows of named cells for a table. */
public final class AnswerInput {

    private AnswerInput() {
    }

    /** Typed text as an answer; blank is no answer. */
    public static Answer ofText(String text) {
        return text == null || text.isBlank() ? new Answer.Missing() : new Answer.Text(text);
    }

    /** A saved answer as the text to put back in its field. */
    public static String text(Answer a) {
        return a instanceof Answer.Text t ? t.value() : "";
    }

    /** Table cells (row by column, blank cells left out) as named fields; no answer when all are blank. */
    public static Answer ofTable(TableChecker t, String[][] cells) {
        Map<String, Answer> rows = new LinkedHashMap<>();
        for (int i = 0; i < t.rows().size(); i++) {
            Map<String, Answer> cols = new LinkedHashMap<>();
            for (int j = 0; j < t.columns().size(); j++) {
                String v = cells[i][j];
                if (v != null && !v.isBlank()) {
                    cols.put(t.columns().get(j), new Answer.Text(v.strip()));
                }
            }
            if (!cols.isEmpty()) {
                rows.put(t.rows().get(i), new Answer.Fields(cols));
            }
        }
        return rows.isEmpty() ? new Answer.Missing() : new Answer.Fields(rows);
    }

    /** A saved table answer as cell texts (row by column). */
    public static String[][] table(TableChecker t, Answer a) {
        List<String> rows = t.rows();
        List<String> cols = t.columns();
        String[][] out = new String[rows.size()][cols.size()];
        for (String[] r : out) {
            java.util.Arrays.fill(r, "");
        }
        if (a instanceof Answer.Fields f) {
            f.fields().forEach((row, value) -> {
                int i = rows.indexOf(row);
                if (i >= 0 && value instanceof Answer.Fields c) {
                    c.fields().forEach((col, cell) -> {
                        int j = cols.indexOf(col);
                        if (j >= 0) {
                            out[i][j] = text(cell);
                        }
                    });
                }
            });
        }
        return out;
    }
}
