package nnwb.core.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The backward questions along one axis: minimum input, "same" padding, paddings and transposed solutions for a target. */
public final class ConvSolver {

    private ConvSolver() {
    }

    /** The smallest input whose convolution or pooling with {@code a}'s kernel, stride, padding and dilation gives {@code target}. */
    public static MinInputAnswer minInput(AxisSpec a, long target) {
        Formula f = Formula.minInput(a, target);
        OptionalLong min = ConvArithmetic.minInput(target, a.kernel(), a.stride(), a.padTotal(), a.dilation());
        if (min.isEmpty()) {
            long atOne = ConvArithmetic.convOutput(1, a.kernel(), a.stride(), a.padTotal(), a.dilation());
            return new MinInputAnswer(target, false, 0, 0, f, "no input gives " + target
                    + " outputs: already a single input cell gives " + atOne);
        }
        long lo = min.getAsLong();
        long hi = ConvArithmetic.maxInputForSameOutput(target, a.kernel(), a.stride(), a.padTotal(), a.dilation());
        String text = lo == hi ? "input " + lo + " gives " + target + " outputs"
                : "inputs " + lo + " to " + hi + " all give " + target + " outputs (the stride drops up to "
                        + (a.stride() - 1) + " cells at the end); the smallest is " + lo;
        if (f.value() < 1) {
            text += "; the formula gives " + f.value() + ", but an input has at least 1 cell";
        }
        return new MinInputAnswer(target, true, lo, hi, f, text);
    }

    /** The padding that keeps the size (stride 1) or gives {@code ceil(in/stride)}, split with the odd cell after. */
    public static SamePadding samePadding(AxisSpec a) {
        Formula total = Formula.samePaddingTotal(a);
        long before = total.value() / 2;
        long after = total.value() - before;
        long out = ConvArithmetic.convOutput(a.input(), a.kernel(), a.stride(), total.value(), a.dilation());
        return new SamePadding(before, after, out, total);
    }

    /** All symmetric per-side paddings with which {@code a}'s input gives {@code target} outputs (kernel, stride, dilation of {@code a}). */
    public static List<Long> convPaddings(AxisSpec a, long target) {
        return ConvArithmetic.convPaddingsFor(a.input(), a.kernel(), a.stride(), a.dilation(), target);
    }

    /** All (padding, output_padding) pairs for which {@code a}'s transposed convolution gives {@code target} cells. */
    public static TransposedSolutions transposed(AxisSpec a, long target) {
        long s = a.stride();
        long maxOp = ConvArithmetic.maxOutputPadding(s, a.dilation());
        long base = ConvArithmetic.transposedOutput(a.input(), a.kernel(), s, 0, a.dilation(), 0) - target;
        List<String> steps = new ArrayList<>();
        steps.add("out = (in - 1)*s - 2p + d*(k-1) + output_padding + 1, so 2p = (in - 1)*s + d*(k-1) + 1 - out + output_padding");
        steps.add("2p = (" + a.input() + " - 1)*" + s + " + " + a.dilation() + "*(" + a.kernel() + "-1) + 1 - " + target
                + " + output_padding = " + base + " + output_padding");
        steps.add("output_padding must lie in 0.." + maxOp + " (smaller than stride " + s + " or dilation "
                + a.dilation() + ")");
        long shown = Math.min(maxOp, 15);
        for (long op = 0; op <= shown; op++) {
            long twoP = base + op;
            String verdict = twoP < 0 ? "negative, no solution"
                    : twoP % 2 != 0 ? "odd, no solution" : "padding " + twoP / 2;
            steps.add("output_padding " + op + ": 2p = " + twoP + ", " + verdict);
        }
        if (maxOp > shown) {
            steps.add("... output_padding " + (shown + 1) + " to " + maxOp + " alternate the same way (even 2p: a solution)");
        }
        List<TransposedSolution> solutions = ConvArithmetic.transposedSolutions(a.input(), a.kernel(), s, a.dilation(), target);
        long pad = solutions.isEmpty() ? a.padBefore() : solutions.get(0).padding();
        return new TransposedSolutions(a.input(), target, solutions, steps, whyOutputPadding(a, pad));
    }

    /** Why output_padding exists, with the numbers of the convolution (padding {@code pad} per side) that {@code a} undoes. */
    public static String whyOutputPadding(AxisSpec a, long pad) {
        String general = "A convolution with stride s maps s neighbouring input sizes to the same output size, because "
                + "the division by s is floored. Run backwards, the transposed convolution cannot tell which of those "
                + "sizes to rebuild; output_padding picks one by adding that many cells at the end of the output "
                + "(one side only, no extra input). It must stay below max(stride, dilation), or it would just extend the "
                + "output past any cell the kernel can reach.";
        if (a.stride() < 2) {
            return general;
        }
        long lo = (a.input() - 1) * a.stride() + a.effectiveKernel() - 2 * pad;
        if (lo < 1) {
            return general;
        }
        long hi = lo + a.stride() - 1;
        return general + " Here a convolution with kernel " + a.kernel() + ", stride " + a.stride() + ", padding " + pad
                + " and dilation " + a.dilation() + " turns every input from " + lo + " to " + hi + " into "
                + a.input() + " cells; output_padding 0.." + (a.stride() - 1) + " chooses among them.";
    }
}
