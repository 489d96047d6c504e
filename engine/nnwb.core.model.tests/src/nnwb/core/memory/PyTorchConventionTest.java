package nnwb.core.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.symbolic.Poly;
import org.junit.jupiter.api.Test;

/** The {@code pytorch} convention against what autograd saves, derived by hand from each op's backward formula. */
class PyTorchConventionTest {

    private static ConventionMemory pytorch(String text, AnalysisOptions o) {
        AnalysisReport r = Analyzer.analyze(text, o);
        assertFalse(r.hasErrors(), r.findings().toString());
        return r.memory().convention(PyTorchConvention.NAME);
    }

    @Test
    void edgeCnnSavesInputsOutputsIndicesAndTheLoss() {
        // conv1 saves the input (784); pool1 saves conv1's output (7840) and int64 indices (1960 × 8 B);
        // conv2 saves pool1's output (1960); pool2 saves conv2's output (1960) and indices (490 × 8 B);
        // fc saves pool2's output through the flatten view (490); the loss its log-softmax (3) and the target (8 B)
        ConventionMemory m = pytorch("input 28x28x1\nCONV3-10\nPOOL2\nCONV3-10\nPOOL2\nFLATTEN\nFC-3\n", AnalysisOptions.defaults());
        long perExample = 4 * (784 + 7840 + 1960 + 1960 + 490 + 3) + 8 * (1960 + 490) + 8;
        assertEquals(Poly.of(perExample), m.sgd().perExampleBytes());
        assertEquals(71_756, perExample);
        long params = 4 * (100 + 910 + 1473);
        assertEquals(Poly.of(2 * params + 4), m.sgd().fixedBytes());
        assertEquals(Poly.of(3 * params + 4), m.momentum().fixedBytes());
        // Adam: two moments per parameter and one fp32 step per parameter tensor (3 weights, 3 biases)
        assertEquals(Poly.of(4 * params + 4 + 6 * 4), m.adam().fixedBytes());
    }

    @Test
    void aTensorSavedByTwoOpsCountsOnce() {
        // the input is saved by both convolutions; the sum saves nothing; relu saves its output
        String net = "input channels=1 size=4\na: conv 1 1 bias=false\nb: conv 1 1 bias=false from=input\ns: add a b\nr: relu\n";
        ConventionMemory m = pytorch(net, AnalysisOptions.defaults());
        // input 16 + relu output 16 + log-softmax 16 values, targets 16 positions × 8 B
        assertEquals(Poly.of(4 * (16 + 16 + 16) + 16 * 8), m.sgd().perExampleBytes());
    }

    @Test
    void batchNormSavesItsInputAndStatisticsAndDropoutItsMask() {
        String net = "input 10\nfc 20\nbn\nrelu\ndropout 0.5\nfc 5\n";
        ConventionMemory m = pytorch(net, AnalysisOptions.defaults().withBatch(3));
        // input 10, bn input 20, relu output 20, dropout's noise 20 and output 20 (saved by fc), log-softmax 5; target 8 B
        long perExample = 4 * (10 + 20 + 20 + 20 + 20 + 5) + 8;
        assertEquals(Poly.of(perExample), m.sgd().perExampleBytes());
        long params = 10 * 20 + 20 + 40 + 20 * 5 + 5;
        long buffers = 40;
        long bnStats = 2 * 20 * 4;
        assertEquals(Poly.of(4 * (2 * params + buffers) + bnStats + 4), m.sgd().fixedBytes());
        assertEquals(Poly.of(4 * (2 * params + buffers) + bnStats + 4 + 3 * perExample), m.sgd().totalBytes());
    }

    @Test
    void symbolicSizesStayFormulas() {
        // EPFL 1(d): L layers of width K, no bias, ReLU; autograd keeps the input and each ReLU output: (L + 1)·n·K
        // values besides the loss
        AnalysisReport r = Analyzer.analyze("symbol K\nsymbol L\ninput K\nblock h\n  fc K bias=false\n  relu\nend\nl: h repeat=L\n",
                AnalysisOptions.symbolicMode());
        ConventionMemory m = r.memory().convention(PyTorchConvention.NAME);
        assertTrue(m.available());
        Poly k = Poly.var("K");
        Poly expected = k.multiply(Poly.var("L")).add(k).add(k).multiply(4).add(8);
        assertEquals(expected, m.sgd().perExampleBytes());
        assertTrue(m.derivation().contains("outputs of ReLU"), m.derivation());
    }
}
