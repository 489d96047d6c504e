package nnwb.core.conv;

import java.util.ArrayList;
import java.util.List;

/** The entry point of the calculator: validates a layer and answers every forward question about it. */
public final class ConvCalculator {

    private ConvCalculator() {
    }

    /** Validates {@code spec} and, when valid, computes output size, formula, warnings and "same" padding per axis. */
    public static LayerResult analyze(LayerSpec spec) {
        List<ValidationProblem> problems = ConvValidation.check(spec);
        if (!problems.isEmpty()) {
            return new LayerResult(spec, problems, List.of());
        }
        List<AxisResult> axes = new ArrayList<>();
        for (int i = 0; i < spec.axes().size(); i++) {
            AxisSpec a = spec.axis(i);
            boolean transposed = spec.kind() == ConvKind.TRANSPOSED;
            Formula f = transposed ? Formula.transposedOutput(a) : Formula.convOutput(a);
            axes.add(new AxisResult(i, spec.axisName(i), a, f.value(), f,
                    ConvWarnings.of(spec.kind(), spec.mode(), a), transposed ? null : ConvSolver.samePadding(a)));
        }
        return new LayerResult(spec, problems, axes);
    }

    /** The drawing geometry of one axis of a valid layer. */
    public static AxisGeometry geometry(LayerSpec spec, int axis) {
        return new AxisGeometry(spec.kind(), spec.mode(), spec.axis(axis));
    }
}
