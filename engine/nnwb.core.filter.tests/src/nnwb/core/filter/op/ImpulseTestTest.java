package nnwb.core.filter.op;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelPreset;

/** Feeding a single 1 shows which operation runs. */
class ImpulseTestTest {

    @Test
    void correlatingAnImpulseWritesOutTheFlippedKernel() {
        Kernel sobel = KernelPreset.SOBEL_X.kernel();
        ImpulseTest t = ImpulseTest.run(sobel, FilterMode.CORRELATION);
        // Sobel x flipped by 180 degrees is its negative
        assertEquals(sobel.values().map(v -> -v), t.output());
        assertEquals(ImpulseTest.Verdict.FLIPPED_KERNEL, t.verdict());
    }

    @Test
    void convolvingAnImpulseWritesOutTheKernelItself() {
        Kernel emboss = KernelPreset.EMBOSS.kernel();
        ImpulseTest t = ImpulseTest.run(emboss, FilterMode.CONVOLUTION);
        assertEquals(emboss.values(), t.output());
        assertEquals(ImpulseTest.Verdict.KERNEL, t.verdict());
    }

    @Test
    void randomEvenAndOddKernelsOfEverySizeBehaveTheSame() {
        Random r = new Random(3);
        for (int t = 0; t < 60; t++) {
            int rows = 1 + r.nextInt(15);
            int cols = 1 + r.nextInt(15);
            Kernel k = new Kernel(Matrix.generate(rows, cols, (a, b) -> r.nextGaussian()));
            assertEquals(k.flipped().values(), ImpulseTest.run(k, FilterMode.CORRELATION).output());
            assertEquals(k.values(), ImpulseTest.run(k, FilterMode.CONVOLUTION).output());
        }
    }

    @Test
    void aKernelEqualToItsFlipCannotTellTheOperationsApart() {
        ImpulseTest t = ImpulseTest.run(KernelPreset.GAUSSIAN.kernel(), FilterMode.CORRELATION);
        assertEquals(ImpulseTest.Verdict.CANNOT_TELL, t.verdict());
    }

    @Test
    void anyOtherOutputIsNeither() {
        Kernel k = Kernel.of(new double[][] {{1, 2}, {3, 4}});
        assertEquals(ImpulseTest.Verdict.NEITHER, ImpulseTest.judge(k, Matrix.of(new double[][] {{4, 3}, {1, 2}})).verdict());
        assertEquals(ImpulseTest.Verdict.NEITHER, ImpulseTest.judge(k, Matrix.zeros(3, 3)).verdict());
    }
}
