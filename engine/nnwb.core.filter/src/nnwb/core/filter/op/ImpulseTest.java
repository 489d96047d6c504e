package nnwb.core.filter.op;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;

/**
 * The one-click test that shows which operation runs: filter a single 1 and look at the output. The input is
 * {@code (2r-1) x (2c-1)} with the 1 at {@code (r-1, c-1)}, filtered at stride 1 without padding, so the output
 * is exactly {@code r x c}: correlation writes out the kernel flipped by 180 degrees, true convolution the
 * kernel itself.
 *
 * @param output  the {@code r x c} output
 * @param verdict what the output shows
 */
public record ImpulseTest(Matrix output, Verdict verdict) {

    /** What an impulse test shows. */
    public enum Verdict {
        /** The output is the flipped kernel: correlation is running. */
        FLIPPED_KERNEL,
        /** The output is the kernel as drawn: true convolution is running. */
        KERNEL,
        /** The kernel equals its flip, so the test cannot tell the two apart. */
        CANNOT_TELL,
        /** The output is neither (not a linear shift-invariant filter, e.g. a broken backend). */
        NEITHER
    }

    /** The impulse input for a kernel of {@code rows x cols}. */
    public static Image impulseFor(int rows, int cols) {
        return Image.gray(Matrix.generate(2 * rows - 1, 2 * cols - 1, (r, c) -> r == rows - 1 && c == cols - 1 ? 1 : 0));
    }

    /** Runs the test with the reference filter. */
    public static ImpulseTest run(Kernel kernel, FilterMode mode) {
        Image out = ReferenceFilter.apply(kernel, impulseFor(kernel.rows(), kernel.cols()), FilterSpec.valid(mode));
        return judge(kernel, out.channel(0));
    }

    /** Reads an impulse test's output produced by any backend. */
    public static ImpulseTest judge(Kernel kernel, Matrix output) {
        double tol = 1e-9 * Math.max(1, kernel.values().absSum());
        boolean isKernel = output.sameShape(kernel.values()) && output.maxAbsDifference(kernel.values()) <= tol;
        boolean isFlip = output.sameShape(kernel.values()) && output.maxAbsDifference(kernel.flipped().values()) <= tol;
        Verdict v = isKernel && isFlip ? Verdict.CANNOT_TELL : isFlip ? Verdict.FLIPPED_KERNEL
                : isKernel ? Verdict.KERNEL : Verdict.NEITHER;
        return new ImpulseTest(output, v);
    }

    /** A one-line account for the user. */
    public String message() {
        return switch (verdict) {
            case FLIPPED_KERNEL -> "the impulse came out as the kernel flipped by 180 degrees: this is correlation";
            case KERNEL -> "the impulse came out as the kernel itself: this is true convolution";
            case CANNOT_TELL -> "the kernel equals its 180-degree flip, so an impulse cannot tell correlation from convolution";
            case NEITHER -> "the impulse came out as neither the kernel nor its flip";
        };
    }
}
