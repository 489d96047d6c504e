package nnwb.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeService;
import nnwb.train.RunResult;
import nnwb.train.TrainingRunner;
import nnwb.train.experiments.Experiment;
import nnwb.train.experiments.Experiments;
import nnwb.test.harness.ComputeServices;

/**
 * The Berkeley inductive-bias exercise end to end with its ready experiments (fixed seeds, 28x28 images, 30 epochs of
 * 60 training images): from the command line, the CNN reaches 90% validation accuracy with 20 images per class and
 * the MLP does not, and the CNN falls apart when the pixels are permuted; through the runner, the domain-shift
 * confusion matrices: the CNN recognises edges in the half it never saw, the MLP does not.
 */
class InductiveBiasTest {

    @TempDir
    Path dir;

    private static double accuracy(CommandRun r) {
        assertEquals(0, r.code(), r.err());
        return ((Number) ((Map<?, ?>) r.json().get("final")).get("valAccuracy")).doubleValue();
    }

    private CommandRun train(String experiment, int run) throws Exception {
        return CommandRun.of(ComputeServices.started(), "train", "--experiment", experiment, "--run", Integer.toString(run), "--json",
                "--out", dir.resolve(experiment + "-" + run).toString());
    }

    @Test
    void withTwentyImagesPerClassTheCnnReachesNinetyPercentAndTheMlpDoesNot() throws Exception {
        double cnn = accuracy(train("cnn-vs-mlp-20", 1));
        double mlp = accuracy(train("cnn-vs-mlp-20", 2));
        assertTrue(cnn >= 0.9, "CNN " + cnn);
        assertTrue(mlp < 0.9, "MLP " + mlp);
    }

    @Test
    void theCnnFailsWhenThePixelsArePermuted() throws Exception {
        double plain = accuracy(train("cnn-vs-mlp-20", 1));
        double permuted = accuracy(train("permuted", 1));
        assertTrue(permuted < 0.8 && permuted < plain - 0.15, "CNN " + plain + " -> permuted " + permuted);
    }

    @Test
    void domainShiftConfusionMatrices() throws Exception {
        ComputeService s = ComputeServices.started();
        Experiment e = Experiments.byId("domain-shift");
        TrainingRunner runner = new TrainingRunner(s, null);
        RunResult cnn = runner.run(e.runs().get(0), dir.resolve("cnn"), null, () -> false);
        RunResult mlp = runner.run(e.runs().get(1), dir.resolve("mlp"), null, () -> false);
        for (RunResult r : List.of(cnn, mlp)) {
            long[][] cm = r.last().confusion();
            assertEquals(3, cm.length);
            for (long[] row : cm) {
                assertEquals(100, row[0] + row[1] + row[2], "100 validation images per class");
            }
        }
        long[][] c = cnn.last().confusion();
        long[][] m = mlp.last().confusion();
        // the CNN finds horizontal and vertical edges in the half it never saw; the MLP's weights there are untrained
        assertTrue(c[0][0] >= 80 && c[1][1] >= 80, "CNN " + java.util.Arrays.deepToString(c));
        assertTrue(m[0][0] + m[1][1] < c[0][0] + c[1][1] - 40, "MLP " + java.util.Arrays.deepToString(m) + " vs CNN "
                + java.util.Arrays.deepToString(c));
        assertTrue(mlp.valAccuracy() < cnn.valAccuracy());
    }
}
