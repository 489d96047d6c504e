package nnwb.compute.onednn3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.dl4j.bench.BenchModels;
import nnwb.compute.dl4j.kernels.Kernels;
import nnwb.compute.dl4j.net.NetworkFactory;

/**
 * Whole networks trained from a fixed seed on DL4J's path and on oneDNN 3's convolutions: the losses of 100 steps
 * agree within 1e-4 relative for the edge CNN (NCHW and channels-last) and the small ResNet; a model trained on
 * oneDNN 3 is saved and restored by plain DL4J ({@code ModelSerializer}) and gives the same output.
 */
class TrainingAgreementTest {

    static final int STEPS = 100;

    static List<DataSet> data(long[] shape, int classes, int batches, long seed) {
        Nd4j.getRandom().setSeed(seed);
        List<DataSet> d = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            INDArray x = Nd4j.rand(DataType.FLOAT, shape);
            INDArray y = Nd4j.zeros(DataType.FLOAT, shape[0], classes);
            for (int r = 0; r < shape[0]; r++) {
                y.putScalar(r, (r * 7 + i) % classes, 1f);
            }
            d.add(new DataSet(x, y));
        }
        return d;
    }

    /** The score after each of {@value #STEPS} steps, cycling through {@code data}. */
    static double[] train(Model net, List<DataSet> data) {
        double[] scores = new double[STEPS];
        for (int s = 0; s < STEPS; s++) {
            DataSet d = data.get(s % data.size());
            if (net instanceof MultiLayerNetwork m) {
                m.fit(d);
            } else {
                ((ComputationGraph) net).fit(d);
            }
            scores[s] = net.score();
        }
        return scores;
    }

    static void assertAgree(double[] ref, double[] ours, String what) {
        double worst = 0;
        for (int s = 0; s < STEPS; s++) {
            double rel = Math.abs(ours[s] - ref[s]) / Math.abs(ref[s]);
            worst = Math.max(worst, rel);
            assertTrue(rel <= 1e-4, what + " step " + (s + 1) + ": loss " + ours[s] + " against DL4J's " + ref[s]
                    + " (relative " + rel + ")");
        }
        assertNotEquals(ref[0], ref[STEPS - 1], what + ": the loss moved");
        System.out.printf("%s: %d steps, loss %.6f -> %.6f, worst relative difference %.2e%n", what, STEPS, ref[0],
                ref[STEPS - 1], worst);
    }

    static int assertOnOurs(Layer[] layers) {
        int n = 0;
        for (Layer l : layers) {
            if (l.getHelper() instanceof Onednn3ConvolutionHelper) {
                n++;
                assertEquals(0, Kernels.failures(l), "DL4J fell back from our helper in " + l.conf().getLayer()
                        .getLayerName());
            }
        }
        return n;
    }

    private static void edgeCnn(boolean nhwc) throws Exception {
        var kernels = Setup.kernels();
        MultiLayerNetwork ref = new MultiLayerNetwork(NetworkFactory.configuration(BenchModels.edgeCnn(), nhwc));
        ref.init();
        MultiLayerNetwork ours = new MultiLayerNetwork(NetworkFactory.configuration(BenchModels.edgeCnn(), nhwc));
        ours.init();
        assertEquals(ref.params(), ours.params());
        Kernels.Report report = Kernels.install(ours, Kernels.ONEDNN3, kernels);
        assertEquals(2, report.installed(), report.line());
        List<DataSet> data = data(nhwc ? new long[] {16, 28, 28, 1} : new long[] {16, 1, 28, 28}, 3, 4, 7);
        double[] r = train(ref, data);
        double[] o = train(ours, data);
        assertAgree(r, o, "edge CNN " + (nhwc ? "NHWC" : "NCHW"));
        assertEquals(2, assertOnOurs(ours.getLayers()));
    }

    @Test
    void edgeCnnLossesAgree() throws Exception {
        edgeCnn(false);
    }

    @Test
    void edgeCnnChannelsLastLossesAgree() throws Exception {
        edgeCnn(true);
    }

    @Test
    void smallResNetLossesAgree() throws Exception {
        var kernels = Setup.kernels();
        ComputationGraph ref = new ComputationGraph(BenchModels.smallResNet(false));
        ref.init();
        ComputationGraph ours = new ComputationGraph(BenchModels.smallResNet(false));
        ours.init();
        assertEquals(ref.params(), ours.params());
        Kernels.Report report = Kernels.install(ours, Kernels.ONEDNN3, kernels);
        assertEquals(9, report.installed(), report.line());
        List<DataSet> data = data(new long[] {8, 3, 32, 32}, 10, 4, 11);
        double[] r = train(ref, data);
        double[] o = train(ours, data);
        assertAgree(r, o, "small ResNet");
        assertEquals(9, assertOnOurs(ours.getLayers()));
    }

    @Test
    void savedModelRestoresInPlainDl4j(@TempDir Path dir) throws Exception {
        MultiLayerNetwork ours = new MultiLayerNetwork(NetworkFactory.configuration(BenchModels.edgeCnn(), false));
        ours.init();
        assertEquals(2, Kernels.install(ours, Kernels.ONEDNN3, Setup.kernels()).installed());
        List<DataSet> data = data(new long[] {16, 1, 28, 28}, 3, 2, 3);
        for (int s = 0; s < 10; s++) {
            ours.fit(data.get(s % 2));
        }
        File file = dir.resolve("model.zip").toFile();
        ModelSerializer.writeModel(ours, file, true);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file, true);
        assertEquals(ours.params(), restored.params());
        assertTrue(!(restored.getLayer(0).getHelper() instanceof Onednn3ConvolutionHelper));
        INDArray x = data.get(0).getFeatures();
        INDArray a = ours.output(x, false);
        INDArray b = restored.output(x, false);
        assertTrue(Setup.relative(a, b) <= 1e-4, "outputs differ: " + Setup.relative(a, b));
        assertInstanceOf(Onednn3ConvolutionHelper.class, ours.getLayer(0).getHelper());
        assertEquals(2, assertOnOurs(ours.getLayers()));
    }
}
