package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeService;
import nnwb.compute.Tensor;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.net.Activation;
import nnwb.compute.net.Evaluation;
import nnwb.compute.net.LayerSpec;
import nnwb.compute.net.Loss;
import nnwb.compute.net.Network;
import nnwb.compute.net.NetworkSpec;
import nnwb.test.harness.ComputeServices;

/** Build, train a few steps, save, reload: the reloaded network answers exactly as the original. */
class NetworkTest {

    /** 12x12x1: CONV3-4, MAXPOOL2, DENSE-8, OUTPUT-3 softmax. */
    static NetworkSpec small(UpdaterSpec updater) {
        return new NetworkSpec(1, 12, 12, List.of(
                new LayerSpec.Conv2d(4, 3, 1, 0, Activation.RELU),
                new LayerSpec.Pool2d(LayerSpec.PoolKind.MAX, 2, 2),
                new LayerSpec.Dense(8, Activation.RELU),
                new LayerSpec.Output(3, Activation.SOFTMAX, Loss.CROSS_ENTROPY)), updater, 12345);
    }

    /** Images whose class is the third of the picture that holds a bright bar. */
    static Tensor[] bars(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n * 144];
        double[] y = new double[n * 3];
        for (int i = 0; i < n; i++) {
            int cls = i % 3;
            for (int p = 0; p < 144; p++) {
                int row = p / 12;
                x[i * 144 + p] = 0.1 * r.nextGaussian() + (row / 4 == cls ? 1 : 0);
            }
            y[i * 3 + cls] = 1;
        }
        return new Tensor[] {new Tensor(new int[] {n, 1, 12, 12}, x), new Tensor(new int[] {n, 3}, y)};
    }

    @Test
    void parameterCountFollowsTheLayers() throws Exception {
        try (Network net = ComputeServices.started().build(small(UpdaterSpec.sgd(0.1)))) {
            // conv (1*9+1)*4 = 40; pooled 5x5x4 = 100 inputs to dense: 100*8+8 = 808; output 8*3+3 = 27
            assertEquals(40 + 808 + 27, net.parameterCount());
        }
    }

    @Test
    void trainsSavesAndReloadsWithIdenticalOutputs(@TempDir Path dir) throws Exception {
        ComputeService s = ComputeServices.started();
        Tensor[] train = bars(48, 1);
        Tensor[] test = bars(12, 2);
        try (Network net = s.build(small(UpdaterSpec.adam(0.01, 0.9, 0.999, 1e-8)))) {
            Evaluation before = net.evaluate(test[0], test[1]);
            for (int i = 0; i < 15; i++) {
                net.fit(train[0], train[1]);
            }
            Evaluation after = net.evaluate(test[0], test[1]);
            assertTrue(after.loss() < before.loss(), before + " -> " + after);
            assertTrue(after.accuracy() > 0.9, "bars are easy: " + after);

            Path file = dir.resolve("small.zip");
            net.save(file);
            try (Network back = s.load(file)) {
                assertEquals(net.parameterCount(), back.parameterCount());
                Tensor expected = net.predict(test[0]);
                assertArrayEquals(expected.shape(), back.predict(test[0]).shape());
                assertArrayEquals(expected.data(), back.predict(test[0]).data(), 0.0);
                // the updater state travelled too: one more step keeps both identical
                assertEquals(net.fit(train[0], train[1]), back.fit(train[0], train[1]), 0.0);
                assertArrayEquals(net.predict(test[0]).data(), back.predict(test[0]).data(), 0.0);
            }
        }
    }

    @Test
    void closedNetworkRefusesWork() throws Exception {
        Network net = ComputeServices.started().build(small(UpdaterSpec.sgd(0.1)));
        net.close();
        assertThrows(IllegalStateException.class, net::parameterCount);
    }
}
