package nnwb.core.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * The answers for a layer: validation problems, or one {@link AxisResult} per axis.
 *
 * @param spec     the layer
 * @param problems what is wrong with the input; when not empty, {@code axes} is empty
 * @param axes     one result per axis, width first
 */
public record LayerResult(LayerSpec spec, List<ValidationProblem> problems, List<AxisResult> axes) {

    public LayerResult {
        problems = List.copyOf(problems);
        axes = List.copyOf(axes);
    }

    /** Whether the layer could be computed. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** The output size per axis, width first; empty when invalid. */
    public List<Long> outputShape() {
        return axes.stream().map(AxisResult::outputSize).toList();
    }

    /** All warnings, each message prefixed with its axis name in 2D. */
    public List<String> warningMessages() {
        List<String> messages = new ArrayList<>();
        for (AxisResult r : axes) {
            for (ConvWarning w : r.warnings()) {
                messages.add(spec.is2d() ? r.name() + ": " + w.message() : w.message());
            }
        }
        return messages;
    }
}
