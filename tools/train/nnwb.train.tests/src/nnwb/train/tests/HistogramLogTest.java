package nnwb.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeService;
import nnwb.compute.train.TensorHistogram;
import nnwb.compute.train.TensorHistogram.Kind;
import nnwb.core.data.RunConfig;
import nnwb.train.HistogramLog;
import nnwb.train.RunListener;
import nnwb.train.TrainingRunner;
import nnwb.test.harness.ComputeServices;

/**
 * A run's histograms in its folder: {@code histograms.json} holds what the run reported (values from epoch 0,
 * gradients from epoch 1, every tensor of every layer) and reads back equal; long runs are thinned to a bounded
 * number of epochs; a broken file is refused with its name.
 */
class HistogramLogTest {

    @TempDir
    Path dir;

    @Test
    void aRunFolderKeepsEveryEpochsHistogramsAndTheyReadBackEqual() throws Exception {
        ComputeService s = ComputeServices.started();
        RunConfig c = RunConfig.of("histograms", "edge-cnn", "edges:per-class=4,val-per-class=4").withBatch(4).withEpochs(2);
        Path folder = dir.resolve("run");
        List<TensorHistogram> reported = new CopyOnWriteArrayList<>();
        new TrainingRunner(s, null).run(c, folder, new RunListener() {
            @Override
            public void histograms(List<TensorHistogram> h) {
                reported.addAll(h);
            }
        }, () -> false);

        assertTrue(Files.isRegularFile(folder.resolve(HistogramLog.FILE)));
        List<TensorHistogram> back = HistogramLog.read(folder);
        assertEquals(reported, back);
        // edge-cnn: two convolutions and a fully connected layer, each with weights W and biases b
        List<String> tensors = HistogramLog.tensors(back);
        assertEquals(6, tensors.size(), tensors.toString());
        for (String t : tensors) {
            assertEquals(List.of(0, 1, 2), HistogramLog.of(back, t, Kind.VALUES).stream().map(TensorHistogram::epoch).toList(), t);
            assertEquals(List.of(1, 2), HistogramLog.of(back, t, Kind.GRADIENTS).stream().map(TensorHistogram::epoch).toList(), t);
        }
        for (TensorHistogram h : back) {
            assertEquals(h.size(), h.sampled(), "small tensors are histogrammed whole: " + h);
        }
        assertTrue(Files.size(folder.resolve(HistogramLog.FILE)) < 200_000);
    }

    @Test
    void aLongRunKeepsAtMostTheBoundOfEpochsWithTheFirstAndTheLatest() {
        HistogramLog log = new HistogramLog();
        for (int e = 0; e <= 300; e++) {
            log.add(List.of(TensorHistogram.of("fc", "W", Kind.VALUES, e, 3, new float[] {e, 1, 2})));
        }
        Set<Integer> epochs = new TreeSet<>();
        log.entries().forEach(h -> epochs.add(h.epoch()));
        assertTrue(epochs.size() <= HistogramLog.MAX_EPOCHS, epochs.size() + " epochs");
        assertTrue(epochs.size() > HistogramLog.MAX_EPOCHS / 2, epochs.size() + " epochs");
        assertTrue(epochs.contains(0) && epochs.contains(300));
    }

    @Test
    void aBrokenFileIsRefusedWithItsNameAndAFolderWithoutOneHasNone() throws Exception {
        assertEquals(List.of(), HistogramLog.read(dir));
        Files.writeString(dir.resolve(HistogramLog.FILE), "{\"histograms\": [{\"layer\": \"fc\"}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HistogramLog.read(dir));
        assertTrue(e.getMessage().contains(HistogramLog.FILE), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
