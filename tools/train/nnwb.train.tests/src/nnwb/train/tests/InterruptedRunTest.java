package nnwb.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeService;
import nnwb.compute.Tensor;
import nnwb.compute.net.Network;
import nnwb.compute.train.EpochMetrics;
import nnwb.core.data.RunConfig;
import nnwb.train.RunFolder;
import nnwb.train.RunListener;
import nnwb.train.RunResult;
import nnwb.train.TrainingRunner;
import nnwb.test.harness.ComputeServices;

/** A run stopped on request (what Ctrl-C and SIGTERM do) ends as "interrupted" and keeps the epochs it finished. */
class InterruptedRunTest {

    @TempDir
    Path dir;

    @Test
    void aRunStoppedAfterItsSecondEpochKeepsBothEpochsAndTheModel() throws Exception {
        ComputeService s = ComputeServices.started();
        RunConfig c = RunConfig.of("stopped", "edge-cnn", "edges:per-class=4,val-per-class=4").withBatch(4).withEpochs(5);
        AtomicBoolean stop = new AtomicBoolean();
        Path folder = dir.resolve("run");
        List<String> statusAfterEachEpoch = new java.util.ArrayList<>();
        RunResult r = new TrainingRunner(s, null).run(c, folder, new RunListener() {
            @Override
            public void epoch(EpochMetrics e) {
                try {
                    statusAfterEachEpoch.add(Files.readString(folder.resolve(RunFolder.STATUS)).strip());
                } catch (java.io.IOException x) {
                    statusAfterEachEpoch.add("missing");
                }
                if (e.epoch() == 2) {
                    stop.set(true);
                }
            }
        }, stop::get);

        assertTrue(r.cancelled());
        assertEquals(2, r.epochs().size());
        assertEquals(List.of("running", "running"), statusAfterEachEpoch, "marked running from the start");
        assertEquals("interrupted", Files.readString(folder.resolve(RunFolder.STATUS)).strip());
        assertEquals(2, RunFolder.read(folder).epochs().size());
        try (Network net = s.load(folder.resolve(RunFolder.MODEL))) {
            assertEquals(2, net.predict(Tensor.zeros(2, 1, 28, 28)).dim(0));
        }
    }

    @Test
    void everyFinishedEpochLeavesMetricsAndACheckpointBehind() throws Exception {
        ComputeService s = ComputeServices.started();
        RunConfig c = RunConfig.of("checkpointed", "edge-cnn", "edges:per-class=4,val-per-class=4").withBatch(4).withEpochs(2);
        Path folder = dir.resolve("run");
        List<Long> metricLinesSeenAtEpoch = new java.util.ArrayList<>();
        List<Boolean> modelSeenAtEpoch = new java.util.ArrayList<>();
        RunResult r = new TrainingRunner(s, null).run(c, folder, new RunListener() {
            @Override
            public void iteration(nnwb.compute.train.IterationMetrics m) {
                if (m.iteration() == 4) {
                    try {
                        metricLinesSeenAtEpoch.add(Files.readString(folder.resolve(RunFolder.METRICS)).lines().count());
                    } catch (java.io.IOException x) {
                        metricLinesSeenAtEpoch.add(-1L);
                    }
                    modelSeenAtEpoch.add(Files.isRegularFile(folder.resolve(RunFolder.MODEL)));
                }
            }
        }, () -> false);

        assertEquals(List.of(2L), metricLinesSeenAtEpoch, "in epoch 2, metrics.csv holds its header and epoch 1");
        assertEquals(List.of(true), modelSeenAtEpoch, "and the checkpoint of epoch 1");
        assertEquals("finished", Files.readString(folder.resolve(RunFolder.STATUS)).strip());
        assertTrue(!r.cancelled());
    }
}
