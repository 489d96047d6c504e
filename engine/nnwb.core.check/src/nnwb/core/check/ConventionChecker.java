package nnwb.core.check;

import java.util.List;

/**
 * A memory answer checked against the count of the convention the sheet uses, that recognises an answer
 * equal to another standard convention's count and says so: "that is PyTorch's count: ...; this sheet
 * counts ...". An alternative is awarded where the sheet itself allows it (it says "roughly", or it
 * measures in PyTorch), else it earns no credit but the student learns which count they gave. The reasons
 * name conventions, never the key.
 *
 * @param sheet            the key under the sheet's own convention
 * @param sheetConvention  that convention's name, e.g. {@code textbook}
 * @param alternatives     other conventions' counts, tried in order when the sheet's key does not match
 */
public record ConventionChecker(Checker sheet, String sheetConvention, List<Alternative> alternatives) implements Checker {

    /**
     * Another convention's count.
     *
     * @param convention  its name, e.g. {@code pytorch}
     * @param checker     that count as a key
     * @param accepted    whether the sheet awards it
     * @param explanation what that count is and how the sheet's differs, one line
     */
    public record Alternative(String convention, Checker checker, boolean accepted, String explanation) {
    }

    public ConventionChecker {
        alternatives = List.copyOf(alternatives);
    }

    @Override
    public Verdict check(Answer answer, CheckContext context) {
        Verdict own = sheet.check(answer, context);
        if (own.status() == Status.CORRECT && !alternatives.isEmpty()) {
            // two readings allowed: say which one this answer took
            return Verdict.correct((own.reason().isBlank() ? "" : own.reason() + "; ") + "read as the " + sheetConvention
                    + " convention does");
        }
        if (own.status() == Status.CORRECT || own.status() == Status.UNGRADABLE) {
            return own;
        }
        for (Alternative a : alternatives) {
            if (a.checker().check(answer, context).status() == Status.CORRECT) {
                return a.accepted() ? Verdict.correct("accepted: " + a.explanation())
                        : Verdict.wrong(a.explanation(), own.keyDetail());
            }
        }
        return own;
    }

    @Override
    public AnswerKind kind() {
        return sheet.kind();
    }

    @Override
    public String inputHint() {
        return sheet.inputHint() + (sheet.inputHint().isEmpty() ? "" : "; ") + "counted as the " + sheetConvention + " convention does";
    }
}
