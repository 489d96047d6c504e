package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner.ProfilingMode;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.dl4j.bench.BenchModels;
import nnwb.compute.dl4j.net.NetworkFactory;
import nnwb.compute.dl4j.net.TrainingSpeed;
import nnwb.test.harness.ComputeServices;

/**
 * The training-speed settings (forward pass cached for backpropagation, ND4J's per-op workspace
 * checks off) leave the arithmetic alone: the same seed trained for a few steps gives the same
 * losses with DL4J's defaults (CacheMode.NONE, checking profiling mode) and with the settings.
 */
class TrainingSpeedTest {

    private static final int STEPS = 6;

    @Test
    void edgeCnnLossesAreUnchangedBySpeedSettings() throws Exception {
        assertUnchanged(TrainingSpeedTest::edgeLosses);
    }

    @Test
    void smallResNetLossesAreUnchangedBySpeedSettings() throws Exception {
        assertUnchanged(TrainingSpeedTest::resNetLosses);
    }

    @Test
    void theServiceCachesTheForwardPass() {
        assertEquals(CacheMode.DEVICE, TrainingSpeed.CACHE_MODE);
        assertEquals(CacheMode.DEVICE,
                NetworkFactory.configuration(BenchModels.edgeCnn(), false).getConf(0).getCacheMode());
        assertEquals(CacheMode.DEVICE, BenchModels.smallResNet(false).getDefaultConfiguration().getCacheMode());
    }

    /** DL4J's defaults against the service's settings, same seed, same batches. */
    private static void assertUnchanged(BiFunction<CacheMode, ProfilingMode, List<Double>> training) throws Exception {
        ComputeServices.started();
        List<Double> plain = training.apply(CacheMode.NONE, ProfilingMode.SCOPE_PANIC);
        List<Double> fast = training.apply(TrainingSpeed.CACHE_MODE, ProfilingMode.DISABLED);
        assertEquals(STEPS, fast.size());
        assertNotEquals(plain.get(0), plain.get(STEPS - 1), "training must move the loss: " + plain);
        for (int i = 0; i < STEPS; i++) {
            assertTrue(Double.isFinite(plain.get(i)), plain.toString());
            assertEquals(plain.get(i), fast.get(i), 1e-5 * Math.abs(plain.get(i)),
                    "step " + i + ": " + plain + " against " + fast);
        }
    }

    private static List<Double> edgeLosses(CacheMode cache, ProfilingMode mode) {
        MultiLayerNetwork net = new MultiLayerNetwork(NetworkFactory.configuration(BenchModels.edgeCnn(), false, cache));
        net.init();
        try {
            return losses(mode, new long[] {16, 1, 28, 28}, 3, net::fit, net::score);
        } finally {
            net.close();
        }
    }

    private static List<Double> resNetLosses(CacheMode cache, ProfilingMode mode) {
        ComputationGraph net = new ComputationGraph(BenchModels.smallResNet(false, cache));
        net.init();
        try {
            return losses(mode, new long[] {8, 3, 32, 32}, 10, net::fit, net::score);
        } finally {
            net.close();
        }
    }

    /** Trains {@link #STEPS} steps on seeded batches under {@code mode}; the loss after each. */
    private static List<Double> losses(ProfilingMode mode, long[] shape, int classes, Consumer<DataSet> fit,
            DoubleSupplier score) {
        OpExecutioner ex = Nd4j.getExecutioner();
        ProfilingMode before = ex.getProfilingMode();
        ex.setProfilingMode(mode);
        try {
            Nd4j.getRandom().setSeed(11);
            List<Double> out = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                INDArray x = Nd4j.rand(DataType.FLOAT, shape);
                INDArray y = Nd4j.zeros(DataType.FLOAT, shape[0], classes);
                for (int r = 0; r < shape[0]; r++) {
                    y.putScalar(r, (r * 5 + step) % classes, 1f);
                }
                fit.accept(new DataSet(x, y));
                out.add(score.getAsDouble());
            }
            return out;
        } finally {
            ex.setProfilingMode(before);
        }
    }
}
