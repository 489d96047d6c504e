package nnwb.compute.dl4j.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.ComputeService;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.net.Network;
import nnwb.compute.train.LabelledImages;
import nnwb.compute.train.TensorHistogram;
import nnwb.compute.train.TensorHistogram.Kind;
import nnwb.compute.train.TrainingListener;
import nnwb.compute.train.TrainingResult;
import nnwb.compute.train.TrainingSpec;
import nnwb.core.data.Dataset;
import nnwb.core.data.DatasetSpec;
import nnwb.core.data.ImageSet;
import nnwb.core.data.RunModel;
import nnwb.core.templates.Templates;
import nnwb.model.compute.ModelGraphs;
import nnwb.test.harness.ComputeServices;

/**
 * Weight and gradient histograms: the binning against hand-computed bins, the counts summing to the (sampled)
 * size, the deterministic sample of a large tensor, and after one epoch of the edge CNN the first convolution's
 * weight histogram against one computed here from the saved model's parameters.
 */
class ParamHistogramsTest {

    @Test
    void binsStatisticsAndCountsMatchAHandComputedHistogram() {
        // 6 values over [0, 10] in 5 bins of width 2: [0,2) holds 0 and 1, [2,4) 2 and 3, [4,6) 4, [6,8) none,
        // [8,10] the max 10
        TensorHistogram h = TensorHistogram.of("l", "W", Kind.VALUES, 1, 6, new float[] {3, 0, 10, 1, 4, 2}, 5);
        assertArrayEquals(new long[] {2, 2, 1, 0, 1}, h.counts());
        assertEquals(0, h.min());
        assertEquals(10, h.max());
        assertEquals(2, h.binWidth(), 1e-12);
        assertEquals(20.0 / 6, h.mean(), 1e-12);
        // population variance: 130/6 - (20/6)^2 = 95/9
        assertEquals(Math.sqrt(95.0 / 9), h.std(), 1e-12);
        assertEquals(6, h.sampled());
    }

    @Test
    void nonFiniteValuesAreCountedApartAndAConstantTensorIsOneBin() {
        TensorHistogram h = TensorHistogram.of("l", "W", Kind.GRADIENTS, 2, 4,
                new float[] {1, Float.NaN, Float.POSITIVE_INFINITY, 3});
        assertEquals(2, h.sampled());
        assertEquals(2, h.nonFinite());
        assertEquals(TensorHistogram.BINS, h.bins());
        assertEquals(1, h.counts()[0]);
        assertEquals(1, h.counts()[TensorHistogram.BINS - 1], "the max is in the last bin");
        TensorHistogram zero = TensorHistogram.of("l", "b", Kind.VALUES, 0, 3, new float[] {0, 0, 0});
        assertEquals(3, zero.counts()[0]);
        assertEquals(0, zero.std());
        assertEquals(0, zero.binWidth());
    }

    @Test
    void countsSumToTheTensorSize() {
        Random r = new Random(5);
        float[] v = new float[1234];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
        }
        TensorHistogram h = TensorHistogram.of("l", "W", Kind.VALUES, 1, v.length, v);
        assertEquals(v.length, Arrays.stream(h.counts()).sum());
        // every value is in the bin whose interval holds it
        double w = h.binWidth();
        for (float f : v) {
            int i = TensorHistogram.bin(f, h.min(), h.max(), h.bins());
            assertTrue(f >= h.min() + i * w - 1e-6 && f <= h.min() + (i + 1) * w + 1e-6, f + " in bin " + i);
        }
    }

    @Test
    void aLargeTensorIsSampledEveryStrideThValueAndTheCountsSumToTheSample() {
        long n = 250_001; // stride ceil(250001 / 100000) = 3: indices 0, 3, ..., 249999 (3 x 83333), 83,334 values
        assertEquals(3, TensorHistogram.stride(n));
        assertEquals(1, TensorHistogram.stride(TensorHistogram.MAX_SAMPLE));
        INDArray a = Nd4j.arange(0, n).castTo(DataType.FLOAT);
        float[] s = ParamHistograms.sample(a);
        assertEquals(83_334, s.length);
        for (int k = 0; k < s.length; k += 997) {
            assertEquals(3f * k, s[k]);
        }
        assertEquals(249_999f, s[s.length - 1]);
        // a matrix is sampled in row-major order
        INDArray m = Nd4j.arange(0, 600L * 500).castTo(DataType.FLOAT).reshape('c', 600, 500);
        float[] sm = ParamHistograms.sample(m);
        assertEquals(100_000, sm.length);
        assertEquals(3f * 12_345, sm[12_345]);
        TensorHistogram h = TensorHistogram.of("l", "W", Kind.VALUES, 1, m.length(), sm);
        assertEquals(100_000, Arrays.stream(h.counts()).sum());
        assertEquals(300_000, h.size());
    }

    @Test
    void afterOneEpochTheFirstConvolutionsWeightHistogramMatchesTheSavedModel(@TempDir Path dir) throws Exception {
        Dataset d = DatasetSpec.parse("edges:per-class=8,val-per-class=4").load();
        ImageSet t = d.train();
        GraphSpec g = ModelGraphs.fromAnalysis(RunModel.analyze(Templates.text("edge-cnn"), Map.of(), t.channels(), t.height(),
                t.width(), d.classes(), 1).graph()).spec();
        String conv = GraphTrainer.firstWeightLayer(g);
        assertNotNull(conv);
        List<TensorHistogram> seen = new CopyOnWriteArrayList<>();
        TrainingListener l = new TrainingListener() {
            @Override
            public void histograms(List<TensorHistogram> h) {
                seen.addAll(h);
            }
        };
        ComputeService s = ComputeServices.started();
        TrainingResult r = s.train(TrainingSpec.of(g, UpdaterSpec.sgd(0.1), 8, 1, 4), images(t), images(d.validation()), l,
                () -> false);
        Path file = dir.resolve("model.zip");
        try (Network net = r.network()) {
            net.save(file);
        }
        TensorHistogram reported = one(seen, conv, "W", Kind.VALUES, 1);
        ComputationGraph back = ModelSerializer.restoreComputationGraph(file.toFile(), false);
        float[] w = back.getLayer(conv).getParam("W").dup('c').castTo(DataType.FLOAT).data().asFloat();
        back.close();
        // the histogram computed here, independently: 30 equal bins over the weights' min..max, the max in the last
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float f : w) {
            min = Math.min(min, f);
            max = Math.max(max, f);
        }
        long[] expected = new long[30];
        for (float f : w) {
            expected[Math.min(29, (int) ((f - min) / ((double) max - min) * 30))]++;
        }
        assertEquals(w.length, reported.size());
        assertEquals(min, reported.min(), 0.0);
        assertEquals(max, reported.max(), 0.0);
        assertArrayEquals(expected, reported.counts());
        // the weights moved in the epoch, the initial histogram is there, and so are the last step's gradients
        TensorHistogram initial = one(seen, conv, "W", Kind.VALUES, 0);
        assertFalse(Arrays.equals(initial.counts(), reported.counts()) && initial.min() == reported.min());
        TensorHistogram grad = one(seen, conv, "W", Kind.GRADIENTS, 1);
        assertEquals(w.length, Arrays.stream(grad.counts()).sum());
        assertTrue(grad.std() > 0, "a non-zero gradient");
        assertEquals(1, seen.stream().filter(h -> h.kind() == Kind.GRADIENTS && h.parameter().equals("b")
                && h.layer().equals(conv)).count(), "the biases' gradient, once");
    }

    private static TensorHistogram one(List<TensorHistogram> all, String layer, String param, Kind kind, int epoch) {
        List<TensorHistogram> m = all.stream().filter(h -> h.layer().equals(layer) && h.parameter().equals(param)
                && h.kind() == kind && h.epoch() == epoch).toList();
        assertEquals(1, m.size(), layer + " " + param + " " + kind + " epoch " + epoch + " in " + all);
        return m.get(0);
    }

    private static LabelledImages images(ImageSet s) {
        return new LabelledImages(s.channels(), s.height(), s.width(), s.pixels(), s.labels(), s.labelsPerExample(),
                s.classes());
    }
}
