package nnwb.conv.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nnwb.core.conv.AxisResult;
import nnwb.core.conv.ConvCalculator;
import nnwb.core.conv.ConvKind;
import nnwb.core.conv.ConvSolver;
import nnwb.core.conv.ConvValidation;
import nnwb.core.conv.ConvWarning;
import nnwb.core.conv.LayerResult;
import nnwb.core.conv.LayerSpec;
import nnwb.core.conv.MinInputAnswer;
import nnwb.core.conv.SamePadding;
import nnwb.core.conv.TransposedSolution;
import nnwb.core.conv.TransposedSolutions;
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
            r.lines.add("Fix the marked fields to see the answer.");
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
            r.lines.add("Fix the marked fields to see the answer.");
            return r;
        }
        r.describe(parsed.targets());
        return r;
    }

    private void describe(List<Long> targets) {
        LayerSpec spec = result.spec();
        lines.add(name(spec.kind()) + (spec.is2d() ? " 2D" : " 1D") + ", " + spec.mode().name().toLowerCase(Locale.ROOT)
                + " padding: output " + String.join(" x ", result.outputShape().stream().map(String::valueOf).toList()));
        for (AxisResult a : result.axes()) {
            String axis = spec.is2d() ? a.name() + ": " : "";
            lines.add(axis + a.formula().text());
            SamePadding same = a.samePadding();
            if (same != null) {
                lines.add(axis + "same output needs padding " + same.before() + " before, " + same.after() + " after"
                        + (same.asymmetric() ? " (asymmetric)" : "") + "  [" + same.total().text() + "]");
            }
            Long target = targets.get(a.axis());
            if (target != null) {
                target(spec.kind(), a, target, axis);
            }
            for (ConvWarning w : a.warnings()) {
                lines.add("warning: " + axis + w.message());
            }
        }
    }

    private void target(ConvKind kind, AxisResult a, long target, String axis) {
        if (kind == ConvKind.TRANSPOSED) {
            TransposedSolutions s = ConvSolver.transposed(a.spec(), target);
            List<String> pairs = new ArrayList<>();
            for (TransposedSolution t : s.solutions()) {
                pairs.add("(padding " + t.padding() + ", output_padding " + t.outputPadding() + ")");
            }
            lines.add(axis + "to reach " + target + ": " + (pairs.isEmpty() ? "no solution" : String.join(" ", pairs)));
            s.steps().forEach(step -> lines.add("    " + step));
            lines.add("why output_padding: " + s.whyOutputPadding());
            return;
        }
        MinInputAnswer m = ConvSolver.minInput(a.spec(), target);
        lines.add(axis + "minimum input for output " + target + ": " + (m.exists() ? String.valueOf(m.minInput()) : "none")
                + "  [" + m.formula().text() + "]");
        lines.add("    " + m.explanation());
    }

    private static String name(ConvKind kind) {
        return switch (kind) {
            case CONV -> "Convolution";
            case POOL -> "Pooling";
            case TRANSPOSED -> "Transposed convolution";
        };
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
