package nnwb.conv.ui.internal;

import java.util.ArrayList;
import java.util.List;

import nnwb.core.conv.ConvAnswerText;
import nnwb.core.conv.ConvCalculator;
import nnwb.core.conv.ConvValidation;
import nnwb.core.conv.LayerResult;
import nnwb.core.conv.ValidationProblem;

/**
 * Everything the calculator shows for one input: the engine's result, field problems, and the answer
 * as lines of text (output size with the substituted formula, warnings, "same" padding, and with a
 * target the minimum input or the transposed padding solutions). Display-free.
 */
public final class CalculatorReport {

    private final LayerResult result;
    private final List<ValidationProblem> problems = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    private CalculatorReport(LayerResult result) {
        this.result = result;
    }

    /** Computes the report of what the user typed. */
    public static CalculatorReport of(CalculatorInput input) {
        CalculatorInput.Parsed parsed = input.parse();
        if (parsed.spec() == null) {
            CalculatorReport r = new CalculatorReport(null);
            r.problems.addAll(parsed.problems());
            r.explainProblems();
            return r;
        }
        LayerResult result = ConvCalculator.analyze(parsed.spec());
        CalculatorReport r = new CalculatorReport(result);
        r.problems.addAll(result.problems());
        for (int a = 0; a < parsed.targets().size(); a++) {
            Long t = parsed.targets().get(a);
            if (t != null) {
                int axis = a;
                ConvValidation.checkTarget(t).forEach(p -> r.problems.add(new ValidationProblem(axis, p.field(), p.message())));
            }
        }
        if (!r.problems.isEmpty()) {
            r.explainProblems();
            return r;
        }
        r.describe(parsed.targets());
        return r;
    }

    private void explainProblems() {
        lines.add("Fix the marked fields to see the answer:");
        for (ValidationProblem p : problems) {
            lines.add("  " + where(p) + ": " + p.message());
        }
    }

    /** Where a problem is, as the form labels it: {@code Kernel (width)}. */
    public static String where(ValidationProblem p) {
        String field = ParameterForm.label(p.field());
        return p.axis() < 0 ? field : field + " (" + (p.axis() == 0 ? "width" : "height") + ")";
    }

    /**
     * One line for the status line: empty when valid, else the first problem with where it is and how many more,
     * {@code Kernel (width): kernel 11 is larger than the padded input 7 + 2 = 9 (and 1 more)}.
     */
    public String status() {
        if (problems.isEmpty()) {
            return "";
        }
        ValidationProblem p = problems.get(0);
        return where(p) + ": " + p.message() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
    }

    private void describe(List<Long> targets) {
        lines.addAll(ConvAnswerText.lines(result, targets));
    }

    /** The engine's result, or null when a field is not a number. */
    public LayerResult result() {
        return result;
    }

    /** Whether the layer can be drawn and its answers shown. */
    public boolean valid() {
        return result != null && problems.isEmpty();
    }

    public List<ValidationProblem> problems() {
        return List.copyOf(problems);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
