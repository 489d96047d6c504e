package nnwb.core.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a {@link LayerSpec} and returns every problem as a value, so that a view can show each message
 * at its field while the user types. Never throws for user input.
 */
public final class ConvValidation {

    /** The largest accepted size or count, which keeps all the arithmetic far from overflow. */
    public static final long LIMIT = 1_000_000_000L;

    private ConvValidation() {
    }

    /** All problems of {@code spec}; empty when the layer can be computed. */
    public static List<ValidationProblem> check(LayerSpec spec) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (spec.kind() == null) {
            problems.add(ValidationProblem.of(Field.KIND, "choose conv, pool or transposed"));
        }
        if (spec.mode() == null) {
            problems.add(ValidationProblem.of(Field.MODE, "choose a padding mode"));
        }
        if (spec.axes().isEmpty() || spec.axes().size() > 2) {
            problems.add(ValidationProblem.of(Field.INPUT, "give one (1D) or two (width x height) sizes"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        if (spec.mode() != PaddingMode.ZERO && spec.kind() != ConvKind.CONV) {
            problems.add(ValidationProblem.of(Field.MODE, spec.mode().name().toLowerCase(java.util.Locale.ROOT)
                    + " padding applies to convolution only; " + kindName(spec.kind()) + " pads with zeros"));
        }
        for (int i = 0; i < spec.axes().size(); i++) {
            checkAxis(spec, i, problems);
        }
        return problems;
    }

    /** Problems of a wanted output size. */
    public static List<ValidationProblem> checkTarget(long target) {
        if (target < 1) {
            return List.of(ValidationProblem.of(Field.TARGET, "target output size must be positive, got " + target));
        }
        if (target > LIMIT) {
            return List.of(ValidationProblem.of(Field.TARGET, "target output size " + target + " is above the limit " + LIMIT));
        }
        return List.of();
    }

    private static void checkAxis(LayerSpec spec, int axis, List<ValidationProblem> out) {
        AxisSpec a = spec.axis(axis);
        int before = out.size();
        positive(axis, Field.INPUT, "input size", a.input(), out);
        positive(axis, Field.KERNEL, "kernel size", a.kernel(), out);
        positive(axis, Field.STRIDE, "stride", a.stride(), out);
        positive(axis, Field.DILATION, "dilation", a.dilation(), out);
        nonNegative(axis, Field.PAD_BEFORE, "padding before", a.padBefore(), out);
        nonNegative(axis, Field.PAD_AFTER, "padding after", a.padAfter(), out);
        nonNegative(axis, Field.OUTPUT_PADDING, "output_padding", a.outputPadding(), out);
        if (out.size() > before) {
            return;
        }
        if (spec.kind() == ConvKind.TRANSPOSED) {
            checkTransposed(axis, a, out);
        } else {
            checkForward(spec, axis, a, out);
        }
    }

    private static void checkForward(LayerSpec spec, int axis, AxisSpec a, List<ValidationProblem> out) {
        if (a.outputPadding() != 0) {
            out.add(new ValidationProblem(axis, Field.OUTPUT_PADDING,
                    "output_padding applies to transposed convolution only, got " + a.outputPadding()));
        }
        if (a.effectiveKernel() > a.paddedInput()) {
            String span = a.dilation() == 1 ? "kernel " + a.kernel()
                    : "dilated kernel (spans " + a.effectiveKernel() + " cells)";
            out.add(new ValidationProblem(axis, Field.KERNEL, span + " is larger than the padded input "
                    + a.input() + " + " + a.padTotal() + " = " + a.paddedInput()));
        }
        String modeProblem = paddingModeProblem(spec.mode(), a.input(), a.padBefore(), a.padAfter());
        if (modeProblem != null) {
            out.add(new ValidationProblem(axis, Field.PAD_BEFORE, modeProblem));
        }
    }

    /**
     * What is wrong with padding an input of size {@code input} by {@code before} and {@code after} cells in
     * {@code mode}, or null when nothing is: circular padding may wrap at most once around the input and
     * reflect padding must be smaller than the input (PyTorch refuses both). The one rule the calculator,
     * {@code nnwb conv} and the model analysis (with {@code padding=same} too) apply.
     */
    public static String paddingModeProblem(PaddingMode mode, long input, long before, long after) {
        long widestPad = Math.max(before, after);
        if (mode == PaddingMode.CIRCULAR && widestPad > input) {
            return "circular padding " + widestPad + " would wrap more than once around the input of " + input;
        }
        if (mode == PaddingMode.REFLECT && widestPad >= input) {
            return "reflect padding " + widestPad + " must be smaller than the input size " + input;
        }
        return null;
    }

    private static void checkTransposed(int axis, AxisSpec a, List<ValidationProblem> out) {
        long maxOp = ConvArithmetic.maxOutputPadding(a.stride(), a.dilation());
        if (a.outputPadding() > maxOp) {
            out.add(new ValidationProblem(axis, Field.OUTPUT_PADDING, "output_padding " + a.outputPadding()
                    + " must be smaller than stride " + a.stride() + " or dilation " + a.dilation()));
            return;
        }
        long size = a.outputSize(ConvKind.TRANSPOSED);
        if (size < 1) {
            out.add(new ValidationProblem(axis, Field.PAD_BEFORE, "padding " + a.padTotal()
                    + " crops the whole output (size would be " + size + ")"));
        }
    }

    private static void positive(int axis, Field f, String what, long v, List<ValidationProblem> out) {
        if (v < 1) {
            out.add(new ValidationProblem(axis, f, what + " must be positive, got " + v));
        } else if (v > LIMIT) {
            out.add(new ValidationProblem(axis, f, what + " " + v + " is above the limit " + LIMIT));
        }
    }

    private static void nonNegative(int axis, Field f, String what, long v, List<ValidationProblem> out) {
        if (v < 0) {
            out.add(new ValidationProblem(axis, f, what + " must not be negative, got " + v));
        } else if (v > LIMIT) {
            out.add(new ValidationProblem(axis, f, what + " " + v + " is above the limit " + LIMIT));
        }
    }

    static String kindName(ConvKind kind) {
        return switch (kind) {
            case CONV -> "convolution";
            case POOL -> "pooling";
            case TRANSPOSED -> "transposed convolution";
        };
    }
}
