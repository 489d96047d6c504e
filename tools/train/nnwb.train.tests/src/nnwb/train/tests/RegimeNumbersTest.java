package nnwb.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeService;
import nnwb.compute.Tensor;
import nnwb.compute.net.Network;
import nnwb.compute.train.EpochMetrics;
import nnwb.compute.train.TensorHistogram;
import nnwb.core.data.DatasetSpec;
import nnwb.core.data.ImageSet;
import nnwb.core.data.RunConfig;
import nnwb.test.harness.ComputeServices;
import nnwb.train.HistogramLog;
import nnwb.train.RunFolder;
import nnwb.train.RunResult;
import nnwb.train.TrainingRunner;
import nnwb.train.experiments.Experiments;

/**
 * Issue 29 item 3: what a run no longer does in the coursework regime (a model checkpoint and a histogram file after
 * every epoch, a copy of every evaluation output) changes none of the numbers it reports, and its {@code timings}
 * account for its time.
 */
class RegimeNumbersTest {

    /** The ready experiment "CNN vs MLP, 10 images per class", its CNN run, shortened to 4 epochs. */
    static final RunConfig CNN_10 = Experiments.byId("cnn-vs-mlp-10").runs().get(0).withEpochs(4);

    @TempDir
    Path dir;

    @Test
    void aRunWithItsFolderReportsTheNumbersOfARunWithoutAndOfItsModelEvaluatedAgain() throws Exception {
        ComputeService s = ComputeServices.started();
        Path folder = dir.resolve("run");
        RunResult with = new TrainingRunner(s, null).run(CNN_10, folder, null, () -> false);
        RunResult without = new TrainingRunner(s, null).run(CNN_10, null, null, () -> false);

        assertEquals(4, with.epochs().size());
        for (int i = 0; i < 4; i++) {
            EpochMetrics a = with.epochs().get(i);
            EpochMetrics b = without.epochs().get(i);
            assertEquals(b.trainLoss(), a.trainLoss(), 0, "epoch " + (i + 1) + " training loss");
            assertEquals(b.trainAccuracy(), a.trainAccuracy(), 0, "epoch " + (i + 1));
            assertEquals(b.valLoss(), a.valLoss(), 0, "epoch " + (i + 1) + " validation loss");
            assertEquals(b.valAccuracy(), a.valAccuracy(), 0, "epoch " + (i + 1));
        }
        assertEquals(without.peakMemoryBytes(), with.peakMemoryBytes(), "the peak is read at the same points");

        // the saved model, evaluated here in the trainer's batches: -log p(true class) and the arg max, by hand
        ImageSet val = DatasetSpec.parse(CNN_10.dataset()).load().validation();
        assertEquals(300, val.size());
        double loss = 0;
        int hits = 0;
        try (Network net = s.load(folder.resolve(RunFolder.MODEL))) {
            int per = val.valuesPerExample();
            for (int from = 0; from < val.size(); from += CNN_10.batch()) {
                int n = Math.min(CNN_10.batch(), val.size() - from);
                double[] x = new double[n * per];
                for (int k = 0; k < n * per; k++) {
                    x[k] = val.pixels()[from * per + k];
                }
                Tensor p = net.predict(Tensor.of(x, n, 1, 28, 28));
                for (int k = 0; k < n; k++) {
                    int truth = val.label(from + k);
                    int best = 0;
                    for (int c = 1; c < 3; c++) {
                        best = p.get(k, c) > p.get(k, best) ? c : best;
                    }
                    hits += best == truth ? 1 : 0;
                    loss -= Math.log(Math.max(1e-12, (float) p.get(k, truth)));
                }
            }
        }
        EpochMetrics last = with.last();
        assertEquals(hits / 300.0, last.valAccuracy(), 0, "the last epoch's validation accuracy");
        assertEquals(loss / 300, last.valLoss(), 1e-12 * Math.abs(loss / 300), "the last epoch's validation loss");

        // histograms of epochs 0..4 in the folder although the file is no longer rewritten after every epoch
        List<TensorHistogram> h = HistogramLog.read(folder);
        assertEquals(List.of(0, 1, 2, 3, 4), h.stream().map(TensorHistogram::epoch).distinct().sorted().toList());
        assertEquals(5, RunFolder.read(folder).epochs().size() + 1, "metrics.csv has every epoch");
        assertTrue(Files.isRegularFile(folder.resolve(RunFolder.MODEL)));
    }

    @Test
    void theTimingsAccountForTheRunInsideItsWallTime() throws Exception {
        ComputeService s = ComputeServices.started();
        long before = System.currentTimeMillis();
        RunResult r = new TrainingRunner(s, null).run(CNN_10, dir.resolve("timed"), null, () -> false);
        long after = System.currentTimeMillis();
        Map<String, Double> t = r.timings();
        for (String k : List.of("data", "prepare", "start", "build", "firstStep", "steps", "evaluate", "checkpoint",
                "histograms", "listeners", "runFolder", "total")) {
            assertTrue(t.get(k) >= 0, k + " " + t.get(k));
        }
        assertTrue(t.get("steps") > 0 && t.get("evaluate") > 0 && t.get("build") > 0, t.toString());
        assertTrue(t.get("firstStep") <= t.get("steps"), t.toString());
        double phases = t.get("start") + t.get("build") + t.get("steps") + t.get("evaluate") + t.get("checkpoint")
                + t.get("histograms") + t.get("listeners") + t.get("runFolder");
        assertTrue(phases <= t.get("total") - t.get("prepare") + 1e-3, "the phases do not overlap: " + t);
        double wall = (after - before) / 1000.0;
        assertTrue(t.get("total") <= wall + 0.01, t.get("total") + " within the call's " + wall + " s");
        assertTrue(before <= t.get("firstStepAt") && t.get("firstStepAt") <= t.get("lastEpochAt")
                && t.get("lastEpochAt") <= after, t.toString());
        // the steps and the evaluation lie between the first step and the last epoch's metrics
        assertTrue(t.get("steps") + t.get("evaluate") <= (t.get("lastEpochAt") - t.get("firstStepAt")) / 1000 + 0.01, t.toString());
    }
}
