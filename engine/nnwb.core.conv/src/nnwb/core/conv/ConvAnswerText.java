package nnwb.core.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences that answer a conv-arithmetic question, written once: the calculator view and
 * {@code nnwb conv} print these lines, so both say the same thing in the same words.
 */
public final class ConvAnswerText {

    private ConvAnswerText() {
    }

    /**
     * The answer to a valid layer: output size, each axis's substituted formula, the "same" padding, the
     * answers for a target output size where one is given ({@code targets} per axis, entries may be null),
     * and the warnings.
     */
    public static List<String> lines(LayerResult result, List<Long> targets) {
        LayerSpec spec = result.spec();
        List<String> lines = new ArrayList<>();
        lines.add(kindName(spec.kind()) + (spec.is2d() ? " 2D" : " 1D") + ", " + spec.mode().name().toLowerCase(Locale.ROOT)
                + " padding: output size " + String.join(" x ", result.outputShape().stream().map(String::valueOf).toList()));
        for (AxisResult a : result.axes()) {
            String axis = spec.is2d() ? a.name() + ": " : "";
            lines.add(axis + a.formula().text());
            if (a.samePadding() != null) {
                lines.add(axis + samePadding(a.samePadding()));
            }
            Long target = targets == null || targets.size() <= a.axis() ? null : targets.get(a.axis());
            if (target != null) {
                lines.addAll(targetLines(spec.kind(), a, target, axis));
            }
            for (ConvWarning w : a.warnings()) {
                lines.add("warning: " + axis + w.message());
            }
        }
        return lines;
    }

    /** "same padding: before B, after A (asymmetric) gives N  [formula]". */
    public static String samePadding(SamePadding same) {
        return "same padding: before " + same.before() + ", after " + same.after() + (same.asymmetric() ? " (asymmetric)" : "")
                + " gives output " + same.outputSize() + "  [" + same.total().text() + "]";
    }

    private static List<String> targetLines(ConvKind kind, AxisResult a, long target, String axis) {
        List<String> lines = new ArrayList<>();
        if (kind == ConvKind.TRANSPOSED) {
            TransposedSolutions s = ConvSolver.transposed(a.spec(), target);
            List<String> pairs = s.solutions().stream()
                    .map(t -> "(padding " + t.padding() + ", output_padding " + t.outputPadding() + ")").toList();
            lines.add(axis + "solutions for output " + target + ": " + (pairs.isEmpty() ? "none" : String.join(" ", pairs)));
            s.steps().forEach(step -> lines.add("    " + step));
            lines.add(axis + "why output_padding: " + s.whyOutputPadding());
            return lines;
        }
        MinInputAnswer m = ConvSolver.minInput(a.spec(), target);
        lines.add(axis + "minimum input for output " + target + ": " + (m.exists() ? String.valueOf(m.minInput()) : "none")
                + "  [" + m.formula().text() + "]");
        lines.add("    " + m.explanation());
        List<Long> pads = ConvSolver.convPaddings(a.spec(), target);
        lines.add(axis + "paddings per side giving " + target + " with input " + a.spec().input() + ": "
                + (pads.isEmpty() ? "none" : String.join(", ", pads.stream().map(String::valueOf).toList())));
        return lines;
    }

    /** The layer kind as a sentence starts it. */
    public static String kindName(ConvKind kind) {
        return switch (kind) {
            case CONV -> "Convolution";
            case POOL -> "Pooling";
            case TRANSPOSED -> "Transposed convolution";
        };
    }
}
