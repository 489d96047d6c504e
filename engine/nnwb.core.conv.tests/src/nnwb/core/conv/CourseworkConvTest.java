package nnwb.core.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The arithmetic questions of the coursework sheets, answered with the engine. Every expected number is derived
 * by hand in the comments.
 */
class CourseworkConvTest {

    private static long conv(long in, long k, long s, long p) {
        return ConvArithmetic.convOutput(in, k, s, 2 * p, 1);
    }

    @Test
    void epflProblem4OutputSizeOfA1dConvolution() {
        // W_out = floor((W_in + 2P - K)/S) + 1. W_in 10, K 3, P 1, S 2: floor(9/2) + 1 = 5.
        assertEquals(5, conv(10, 3, 2, 1));
        // W_in 11 gives floor(10/2) + 1 = 6: one more cell is enough for one more output.
        assertEquals(6, conv(11, 3, 2, 1));
        // no padding, stride 1: W_in - K + 1 = 8 - 3 + 1 = 6.
        assertEquals(6, conv(8, 3, 1, 0));
    }

    @Test
    void epflProblem4MinimumInputForAnOutput() {
        // Reverse: W_in >= (W_out - 1)S + K - 2P. W_out 5, K 3, P 1, S 2: 4*2 + 3 - 2 = 9.
        MinInputAnswer m = ConvSolver.minInput(AxisSpec.of(1, 3, 2, 1), 5);
        assertEquals(9, m.minInput());
        // inputs 9 and 10 both give 5 (10: floor((10 + 2 - 3)/2) + 1 = 5); 8 gives only floor(7/2) + 1 = 4.
        assertEquals(10, m.maxInput());
        assertEquals(4, conv(8, 3, 2, 1));
        // K 5, S 3, P 0, W_out 4: 3*3 + 5 = 14.
        assertEquals(14, ConvSolver.minInput(AxisSpec.of(1, 5, 3, 0), 4).minInput());
    }

    @Test
    void epflProblem4ReceptiveFieldThroughStridedLayers() {
        // r_L = r_{L-1} + (K_L - 1) * S_1 * ... * S_{L-1}, r_0 = 1.
        // K 3 S 2, K 3 S 2, K 3 S 1: 1 + 2*1 + 2*2 + 2*4 = 15; jump 2*2*1 = 4.
        RfReport r = RfStack.compute("k3s2,k3s2,k3s1");
        assertEquals(15, r.receptiveField());
        assertEquals(4, r.total().jump());
        assertEquals("1 + 2*1 + 2*2 + 2*4", r.closedForm().steps().get(1));
        // Padding moves the field but does not change its size (the hint of the sheet).
        assertEquals(15, RfStack.compute("k3s2p1,k3s2p1,k3s1p1").receptiveField());
    }

    @Test
    void berkeleyProblem4PoolingOutputAndNetworkTable() {
        // (b) pooling: floor((W - K)/S) + 1. 28, K 2, S 2: 13 + 1 = 14.
        assertEquals(14, conv(28, 2, 2, 0));
        // (e) CONV3 (pad 1, stride 1) keeps 28; POOL2 halves to 14; CONV3 keeps 14; POOL2 gives 7; 7*7*10 = 490.
        long size = 28;
        size = shape(ConvKind.CONV, size, 3, 1, 1);
        assertEquals(28, size);
        size = shape(ConvKind.POOL, size, 2, 2, 0);
        assertEquals(14, size);
        size = shape(ConvKind.CONV, size, 3, 1, 1);
        assertEquals(14, size);
        size = shape(ConvKind.POOL, size, 2, 2, 0);
        assertEquals(7, size);
        assertEquals(490, size * size * 10);
    }

    private static long shape(ConvKind kind, long in, long k, long s, long p) {
        LayerResult r = ConvCalculator.analyze(LayerSpec.of(kind, PaddingMode.ZERO, AxisSpec.of(in, k, s, p), AxisSpec.of(in, k, s, p)));
        assertEquals(r.outputShape().get(0), r.outputShape().get(1));
        return r.outputShape().get(0);
    }

    @Test
    void berkeleyProblem4ReceptiveFieldOfStackedStrideOneLayers() {
        // (c) L layers of kernel K, stride 1: 1 + L(K - 1). L 4, K 3: 9. L 5, K 5: 21.
        assertEquals(9, RfStack.compute("k3,k3,k3,k3").receptiveField());
        assertEquals(21, RfStack.compute("k5,k5,k5,k5,k5").receptiveField());
    }

    @Test
    void berkeleyProblem4PoolingDoublesLaterGrowth() {
        // (d) k3 then k3: 1 + 2 + 2 = 5. With a 2x2/2 pool between: 1 + 2 + 1 = 4 after the pool, and the last k3
        // adds 2 cells of jump 2 = 4, so 8: the pool itself adds one cell and doubles every later layer's growth.
        assertEquals(5, RfStack.compute("k3s1,k3s1").receptiveField());
        RfReport pooled = RfStack.compute("k3s1,k2s2,k3s1");
        assertEquals(4, pooled.rows().get(1).step().receptiveField());
        assertEquals(8, pooled.receptiveField());
    }

    @Test
    void berkeleyProblem4CircularPaddingWithAnEvenKernel() {
        // (f) CONV2 with stride 1 and circular padding 1 on an n-cell axis: floor((n + 2 - 1 - 1)/1) + 1 = n + 1.
        // With n 6: output 0 reads the wrapped last cell 5 and cell 0; output 6 reads cell 5 and the wrapped cell 0.
        LayerSpec spec = LayerSpec.of(ConvKind.CONV, PaddingMode.CIRCULAR, AxisSpec.of(6, 2, 1, 1), AxisSpec.of(6, 2, 1, 1));
        assertEquals(List.of(7L, 7L), ConvCalculator.analyze(spec).outputShape());
        AxisGeometry g = ConvCalculator.geometry(spec, 0);
        assertEquals(List.of(5L, 0L), g.window(0).inputIndices());
        assertEquals(List.of(5L, 0L), g.window(6).inputIndices());
        assertEquals(CellSource.WRAPPED, g.window(6).taps().get(1).cell().source());
    }

    @Test
    void torontoQuestion54PaddingForKernels4And5() {
        // Stride-2 convs must take 32 to 16: floor((32 + 2p - k)/2) + 1 = 16 needs 30 <= 32 + 2p - k <= 31.
        // k 3: 2p in {1, 2} -> p 1 (the given net). k 4: 2p in {2, 3} -> p 1. k 5: 2p in {3, 4} -> p 2.
        assertEquals(List.of(1L), ConvSolver.convPaddings(AxisSpec.of(32, 3, 2, 0), 16));
        assertEquals(List.of(1L), ConvSolver.convPaddings(AxisSpec.of(32, 4, 2, 0), 16));
        assertEquals(List.of(2L), ConvSolver.convPaddings(AxisSpec.of(32, 5, 2, 0), 16));
        // Transposed convs must take 8 to 16: (8 - 1)*2 - 2p + k - 1 + op + 1 = 16, so op = 2 + 2p - k, 0 <= op <= 1.
        // k 3: op = 2p - 1 -> p 1, op 1 (the given net). k 4: op = 2p - 2 -> p 1, op 0. k 5: op = 2p - 3 -> p 2, op 1.
        assertEquals(List.of(new TransposedSolution(1, 1)), ConvSolver.transposed(AxisSpec.of(8, 3, 2, 0), 16).solutions());
        assertEquals(List.of(new TransposedSolution(1, 0)), ConvSolver.transposed(AxisSpec.of(8, 4, 2, 0), 16).solutions());
        assertEquals(List.of(new TransposedSolution(2, 1)), ConvSolver.transposed(AxisSpec.of(8, 5, 2, 0), 16).solutions());
        // The same answers hold from 16 to 32 (15*2 - 2p + k + op = 32 gives the same equation op = 2 + 2p - k).
        assertEquals(List.of(new TransposedSolution(2, 1)), ConvSolver.transposed(AxisSpec.of(16, 5, 2, 0), 32).solutions());
    }

    @Test
    void torontoConvTransposeNetShapesWithKernel4And5() {
        // 32 -> 16 -> 8 -> 16 -> 32 with the paddings found above.
        for (long[] kpOp : new long[][] {{3, 1, 1, 1}, {4, 1, 1, 0}, {5, 2, 2, 1}}) {
            long k = kpOp[0];
            long size = conv(32, k, 2, kpOp[1]);
            size = conv(size, k, 2, kpOp[1]);
            assertEquals(8, size);
            size = ConvArithmetic.transposedOutput(size, k, 2, 2 * kpOp[2], 1, kpOp[3]);
            size = ConvArithmetic.transposedOutput(size, k, 2, 2 * kpOp[2], 1, kpOp[3]);
            assertEquals(32, size, "kernel " + k);
        }
    }
}
