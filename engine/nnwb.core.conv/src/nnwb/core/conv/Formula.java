package nnwb.core.conv;

import java.util.List;

/**
 * A formula shown step by step: the symbolic form, the form with the numbers substituted, the intermediate
 * reductions and the value. {@link #text()} joins them as {@code name = step = step = value}.
 *
 * @param name  the left-hand side, e.g. {@code out}
 * @param steps symbolic form first, value last
 * @param value the final number
 */
public record Formula(String name, List<String> steps, long value) {

    public Formula {
        steps = List.copyOf(steps);
    }

    /** The whole derivation on one line. */
    public String text() {
        return name + " = " + String.join(" = ", steps);
    }

    /** Output size of a convolution or pooling, derived step by step. */
    public static Formula convOutput(AxisSpec a) {
        long num = a.input() + a.padTotal() - a.dilation() * (a.kernel() - 1) - 1;
        long q = Math.floorDiv(num, a.stride());
        return new Formula("out", List.of(
                "floor((in + p_before + p_after - d*(k-1) - 1) / s) + 1",
                "floor((" + a.input() + " + " + a.padBefore() + " + " + a.padAfter() + " - " + a.dilation()
                        + "*(" + a.kernel() + "-1) - 1) / " + a.stride() + ") + 1",
                "floor(" + num + " / " + a.stride() + ") + 1",
                q + " + 1",
                Long.toString(q + 1)), q + 1);
    }

    /** Output size of a transposed convolution, derived step by step. */
    public static Formula transposedOutput(AxisSpec a) {
        long grown = (a.input() - 1) * a.stride();
        long span = a.dilation() * (a.kernel() - 1);
        long value = grown - a.padTotal() + span + a.outputPadding() + 1;
        return new Formula("out", List.of(
                "(in - 1)*s - (p_before + p_after) + d*(k-1) + output_padding + 1",
                "(" + a.input() + " - 1)*" + a.stride() + " - (" + a.padBefore() + " + " + a.padAfter() + ") + "
                        + a.dilation() + "*(" + a.kernel() + "-1) + " + a.outputPadding() + " + 1",
                grown + " - " + a.padTotal() + " + " + span + " + " + a.outputPadding() + " + 1",
                Long.toString(value)), value);
    }

    /** Smallest input for a wanted output before clamping to 1: {@code (out-1)*s + d*(k-1) + 1 - padding}. */
    public static Formula minInput(AxisSpec a, long target) {
        long value = (target - 1) * a.stride() + a.effectiveKernel() - a.padTotal();
        return new Formula("in_min", List.of(
                "(out - 1)*s + d*(k-1) + 1 - (p_before + p_after)",
                "(" + target + " - 1)*" + a.stride() + " + " + a.dilation() + "*(" + a.kernel() + "-1) + 1 - ("
                        + a.padBefore() + " + " + a.padAfter() + ")",
                Long.toString(value)), value);
    }

    /** Total "same" padding: {@code max(0, (ceil(in/s) - 1)*s + d*(k-1) + 1 - in)}. */
    public static Formula samePaddingTotal(AxisSpec a) {
        long out = -Math.floorDiv(-a.input(), a.stride());
        long raw = (out - 1) * a.stride() + a.effectiveKernel() - a.input();
        return new Formula("p_total", List.of(
                "max(0, (ceil(in / s) - 1)*s + d*(k-1) + 1 - in)",
                "max(0, (" + out + " - 1)*" + a.stride() + " + " + a.dilation() + "*(" + a.kernel() + "-1) + 1 - "
                        + a.input() + ")",
                "max(0, " + raw + ")",
                Long.toString(Math.max(0, raw))), Math.max(0, raw));
    }
}
