package nnwb.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nnwb.core.data.RunConfig;
import nnwb.train.RunResult;
import nnwb.train.TrainingRunner;
import nnwb.train.experiments.Experiment;
import nnwb.train.experiments.Experiments;
import nnwb.test.harness.ComputeServices;

/**
 * The Toronto colourisation experiment (sheet 5.3): ConvTransposeNet reaches a lower validation loss than
 * PoolUpsampleNet. The ready experiment's two configurations (the sheet's batch 100, 25 epochs, kernel 3, NF 32) are
 * trained for three network seeds on the same generated scenes at 16x16 instead of 32x32, so that the six runs stay
 * under a minute on one core; the scenes hold one-pixel stripes, which 2x2 max pooling and nearest-neighbour
 * upsampling cannot reproduce and strided plus transposed convolutions can.
 */
class ColourisationExperimentTest {

    private static final long[] SEEDS = {1, 2, 3};

    @Test
    void theReadyExperimentHasTheSheetsSettings() {
        Experiment e = Experiments.byId("colourisation");
        assertEquals(2, e.runs().size());
        assertEquals("pool-upsample-net", e.runs().get(0).template());
        assertEquals("conv-transpose-net", e.runs().get(1).template());
        for (RunConfig c : e.runs()) {
            assertEquals(100, c.batch(), "sheet 5.2: batch size 100");
            assertEquals(25, c.epochs(), "sheet 5.2: at least 25 epochs");
            assertTrue(c.symbols().isEmpty(), "kernel 3 and NF 32: the templates' defaults");
            assertTrue(c.dataset().contains("size=32"), "CIFAR-10's 32x32: " + c.dataset());
        }
    }

    @Test
    void convTransposeNetReachesALowerValidationLossThanPoolUpsampleNetForEverySeed() throws Exception {
        Experiment e = Experiments.byId("colourisation");
        TrainingRunner runner = new TrainingRunner(ComputeServices.started(), null);
        double[] pool = new double[SEEDS.length];
        double[] convt = new double[SEEDS.length];
        for (int i = 0; i < SEEDS.length; i++) {
            pool[i] = train(runner, e.runs().get(0), SEEDS[i]).valLoss();
            convt[i] = train(runner, e.runs().get(1), SEEDS[i]).valLoss();
            assertTrue(convt[i] < pool[i], "seed " + SEEDS[i] + ": ConvTransposeNet " + convt[i] + " vs PoolUpsampleNet "
                    + pool[i]);
        }
        double gap = Arrays.stream(pool).average().orElseThrow() - Arrays.stream(convt).average().orElseThrow();
        assertTrue(gap > 0.1, "mean validation loss PoolUpsampleNet " + Arrays.toString(pool) + " vs ConvTransposeNet "
                + Arrays.toString(convt));
    }

    private static RunResult train(TrainingRunner runner, RunConfig c, long seed) throws Exception {
        RunConfig small = c.withDataset(c.dataset().replace("size=32", "size=16")).withSeed(seed);
        RunResult r = runner.run(small, null, null, () -> false); // no run folder: no checkpoint every epoch
        assertEquals(25, r.epochs().size());
        System.out.printf(java.util.Locale.ROOT, "%s 16x16 seed %d: validation loss %.3f, accuracy %.3f, %.1f s%n", c.name(),
                seed, r.valLoss(), r.valAccuracy(), r.seconds());
        return r;
    }
}
