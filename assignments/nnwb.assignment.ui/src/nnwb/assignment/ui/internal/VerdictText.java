package nnwb.assignment.ui.internal;

import java.util.ArrayList;
import java.util.List;

import nnwb.core.assignment.PartResult;
import nnwb.core.check.CellVerdict;
import nnwb.core.check.FeedbackText;
import nnwb.core.check.Status;
import nnwb.core.check.Verdict;

/** A verdict as the view words it for a student: a headline and, for grids, the cells that are not right. */
public final class VerdictText {

    /** Most cells listed under a verdict. */
    static final int MAX_CELLS = 8;

    private VerdictText() {
    }

    /** E.g. {@code ✔ Correct, 2 of 2 points: correct: equivalent as rational functions (checked exactly)}. */
    public static String headline(PartResult r) {
        Verdict v = r.forStudent();
        String mark = switch (v.status()) {
            case CORRECT -> "✔";
            case PARTIAL -> "◐";
            case WRONG -> "✘";
            case UNGRADABLE -> "⚠";
            case COLLECTED -> "✎";
        };
        String label = v.status().label();
        String s = mark + " " + Character.toUpperCase(label.charAt(0)) + label.substring(1) + ", "
                + FeedbackText.points(v.awarded()) + " of " + FeedbackText.points(v.possible())
                + (v.possible() == 1 ? " point: " : " points: ") + v.reason();
        return v.keyDetail().isEmpty() ? s : s + ". " + capital(v.keyDetail());
    }

    /** One line per cell that is not right, at most {@link #MAX_CELLS}, then how many more. */
    public static List<String> cells(PartResult r) {
        List<String> out = new ArrayList<>();
        List<CellVerdict> wrong = r.forStudent().cells().stream().filter(c -> c.status() != Status.CORRECT).toList();
        for (CellVerdict c : wrong.subList(0, Math.min(MAX_CELLS, wrong.size()))) {
            out.add(c.cell() + ": " + c.reason() + (c.keyDetail().isEmpty() ? "" : ". " + capital(c.keyDetail())));
        }
        if (wrong.size() > MAX_CELLS) {
            out.add("and " + (wrong.size() - MAX_CELLS) + " more");
        }
        return out;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
