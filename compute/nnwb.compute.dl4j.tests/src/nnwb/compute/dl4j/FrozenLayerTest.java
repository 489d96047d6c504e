package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Sgd;

import nnwb.compute.ComputeException;
import nnwb.compute.ComputeService;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.net.Network;
import nnwb.compute.train.LayerSetup;
import nnwb.compute.train.TrainingListener;
import nnwb.compute.train.TrainingResult;
import nnwb.compute.train.TrainingSpec;
import nnwb.test.harness.ComputeServices;

/**
 * A frozen convolution started from given kernels: after every epoch and at the end its weights are bit-identical
 * to the kernels (written here by hand) and its biases zero, even with weight decay, while the layers after it
 * change; the saved model is an ordinary DL4J model that {@link ModelSerializer} reloads, its conv layer with DL4J's
 * zero-learning-rate SGD updater.
 */
class FrozenLayerTest {

    static final String MODEL = """
            network frozen-first
            symbol classes=3
            input 28x28x1
            conv1: conv 2 3 padding=1
            relu1: relu
            pool1: maxpool 2
            conv2: conv 4 3 padding=1
            relu2: relu
            gap: gap
            fc: fc classes
            """;

    static final double[][] SOBEL_X = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};
    static final double[][] LAPLACIAN = {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}};

    private static TrainingSpec spec(GraphSpec g, List<LayerSetup> layers) {
        return new TrainingSpec(g, UpdaterSpec.sgd(0.05), 0.01, 0, 16, 2, 3, 5000, layers);
    }

    @Test
    void theFrozenLayerKeepsItsKernelsAndTheOthersLearn(@TempDir Path dir) throws Exception {
        ComputeService s = ComputeServices.started();
        GraphSpec g = TrainingTest.graph(MODEL, TrainingTest.EDGES);
        List<Path> epochs = new java.util.concurrent.CopyOnWriteArrayList<>();
        TrainingListener l = new TrainingListener() {
            @Override
            public void checkpoint(Network network) {
                Path p = dir.resolve("epoch" + (epochs.size() + 1) + ".zip");
                network.save(p);
                epochs.add(p);
            }
        };
        TrainingResult r = s.train(spec(g, List.of(new LayerSetup("conv1", true, List.of(SOBEL_X, LAPLACIAN)))),
                TrainingTest.images(TrainingTest.EDGES.train()), TrainingTest.images(TrainingTest.EDGES.validation()), l,
                () -> false);
        Path last = dir.resolve("model.zip");
        try (Network n = r.network()) {
            n.save(last);
        }
        assertEquals(2, epochs.size());
        ComputationGraph first = ModelSerializer.restoreComputationGraph(epochs.get(0).toFile(), false);
        ComputationGraph end = ModelSerializer.restoreComputationGraph(last.toFile(), false);
        for (ComputationGraph net : List.of(first, end)) {
            INDArray w = net.getLayer("conv1").getParam("W");
            assertEquals(List.of(2L, 1L, 3L, 3L), java.util.Arrays.stream(w.shape()).boxed().toList());
            double[][][] expected = {SOBEL_X, LAPLACIAN};
            for (int o = 0; o < 2; o++) {
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        assertEquals(Float.floatToIntBits((float) expected[o][i][j]),
                                Float.floatToIntBits(w.getFloat(o, 0, i, j)), "conv1 kernel " + o + " at " + i + "," + j);
                    }
                }
            }
            assertEquals(0.0, net.getLayer("conv1").getParam("b").sumNumber().doubleValue(), 0.0);
            assertEquals(0.0, net.getLayer("conv1").getParam("b").norm2Number().doubleValue(), 0.0);
            BaseLayer conf = (BaseLayer) net.getLayer("conv1").conf().getLayer();
            assertTrue(conf.getIUpdater() instanceof Sgd sgd && sgd.getLearningRate() == 0, String.valueOf(conf.getIUpdater()));
        }
        for (String layer : List.of("conv2", "fc")) {
            INDArray a = first.getLayer(layer).getParam("W");
            INDArray b = end.getLayer(layer).getParam("W");
            assertTrue(a.sub(b).norm2Number().doubleValue() > 1e-4, layer + " did not change between epochs 1 and 2");
        }
        assertEquals(0.05, ((Sgd) ((BaseLayer) end.getLayer("conv2").conf().getLayer()).getIUpdater()).getLearningRate(), 1e-12);
        first.close();
        end.close();
    }

    @Test
    void kernelsThatDoNotFitTheLayerAreRefusedNamingIt() throws Exception {
        ComputeService s = ComputeServices.started();
        GraphSpec g = TrainingTest.graph(MODEL, TrainingTest.EDGES);
        ComputeException e = org.junit.jupiter.api.Assertions.assertThrows(ComputeException.class,
                () -> s.train(spec(g, List.of(new LayerSetup("conv2", true, List.<double[][]>of(SOBEL_X)))),
                        TrainingTest.images(TrainingTest.EDGES.train()), TrainingTest.images(TrainingTest.EDGES.validation()),
                        null, () -> false));
        assertEquals("layer 'conv2' has 4 output channels, got 1 kernels", e.getMessage());
    }
}
