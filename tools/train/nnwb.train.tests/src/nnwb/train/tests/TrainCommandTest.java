package nnwb.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeService;
import nnwb.compute.Tensor;
import nnwb.compute.net.Network;
import nnwb.core.data.RunConfigJson;
import nnwb.train.RunFolder;
import nnwb.test.harness.ComputeServices;

/** {@code nnwb train}: JSON keys exactly as the issue names them, the run folder, the model that reloads, bad input. */
class TrainCommandTest {

    static final Set<String> RUN_KEYS = new TreeSet<>(List.of("epochs", "epochs[].epoch", "epochs[].trainLoss",
            "epochs[].trainAccuracy", "epochs[].valLoss", "epochs[].valAccuracy", "epochs[].seconds", "final",
            "final.valAccuracy", "final.valLoss", "peakMemoryBytes", "predictedMemoryBytes", "examplesPerSecond",
            "predictedMemoryBytesByConvention", "predictedMemoryBytesByConvention.textbook", "predictedMemoryBytesByConvention.pytorch",
            "predictedMemoryBytesByConvention.dl4j", "timings", "timings.data", "timings.prepare", "timings.start", "timings.build",
            "timings.firstStep", "timings.steps", "timings.evaluate", "timings.checkpoint", "timings.histograms",
            "timings.listeners", "timings.runFolder", "timings.total", "timings.firstStepAt", "timings.lastEpochAt",
            "timings.jvmStartAt"));

    @TempDir
    Path dir;

    @Test
    void trainsAndPrintsTheIssuesKeysAndWritesTheRunFolder() throws Exception {
        ComputeService s = ComputeServices.started();
        Path out = dir.resolve("run1");
        CommandRun r = CommandRun.of(s, "train", "--template", "edge-cnn", "--data", "edges:per-class=4,val-per-class=4",
                "--optimizer", "sgd", "--lr", "0.1", "--batch", "4", "--epochs", "2", "--json", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(RUN_KEYS, r.keyPaths());
        Map<String, Object> j = r.json();
        assertEquals(2, ((List<?>) j.get("epochs")).size());
        long predicted = (Long) j.get("predictedMemoryBytes");
        // edge CNN, 3 classes, batch 4, SGD: (params + gradients) x 4 B + 4 x stored activations x 4 B
        long params = 100 + 910 + 1473;
        assertEquals(2 * params * 4 + 4L * (784 + 7840 + 1960 + 1960 + 490 + 3) * 4, predicted);
        assertTrue(((Number) j.get("peakMemoryBytes")).longValue() > 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> byConvention = (Map<String, Object>) j.get("predictedMemoryBytesByConvention");
        assertEquals(predicted, ((Number) byConvention.get("textbook")).longValue());
        // pytorch: the same parameters and gradients, the 4 B loss weight, and per example what autograd saves
        // (input, conv and pool outputs, int64 pooling indices, log-softmax, int64 target)
        assertEquals(2 * params * 4 + 4 + 4L * (4 * (784 + 7840 + 1960 + 1960 + 490 + 3) + 8 * (1960 + 490) + 8),
                ((Number) byConvention.get("pytorch")).longValue());
        assertTrue(((Number) byConvention.get("dl4j")).longValue() > 0);
        for (String f : List.of(RunFolder.CONFIG, RunFolder.METRICS, RunFolder.ITERATIONS, RunFolder.MEMORY, RunFolder.CONFUSION,
                RunFolder.PREDICTION, RunFolder.RESULT, RunFolder.MODEL)) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        assertEquals("edge-cnn", RunConfigJson.read(Files.readString(out.resolve(RunFolder.CONFIG))).template());
        RunFolder.Record rec = RunFolder.read(out);
        assertEquals(2, rec.epochs().size());
        assertEquals(6, rec.iterations().size(), "12 images in batches of 4, two epochs");
        assertTrue(Files.readString(out.resolve(RunFolder.METRICS)).startsWith("epoch,iteration,trainLoss"));
        try (Network net = s.load(out.resolve(RunFolder.MODEL))) {
            Tensor y = net.predict(Tensor.zeros(2, 1, 28, 28));
            assertEquals(List.of(2, 3), List.of(y.dim(0), y.dim(1)));
            assertEquals(1.0, y.get(0, 0) + y.get(0, 1) + y.get(0, 2), 1e-5, "softmax outputs");
        }
        String csv = RunFolder.export(List.of(rec, rec));
        assertEquals(1 + 4, csv.lines().count(), "header and two epochs of each run");
    }

    @Test
    void textOutputShowsThePredictionBesideTheMeasurement() throws Exception {
        CommandRun r = CommandRun.of(ComputeServices.started(), "train", "--template", "edge-cnn", "--data",
                "edges:per-class=2,val-per-class=2", "--batch", "3", "--epochs", "1", "--out", dir.resolve("t").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("predicted memory (engine):"), r.out());
        assertTrue(r.out().contains("measured/predicted"), r.out());
        assertTrue(r.out().contains("dl4j prediction (what DL4J/ND4J allocates)"), r.out());
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        ComputeService s = ComputeServices.started();
        Path zero = Files.createSymbolicLink(dir.resolve("zero.nnet"), Path.of("/dev/zero"));
        Path exponent = Files.writeString(dir.resolve("e.nnet"), "symbol a=1e400\ninput 28x28x1\nconv 3 1\nflatten\nfc 3\n");
        Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        String[][] cases = {
            {"no template 'resnet9'", "train", "--template", "resnet9", "--data", "edges"},
            {"per-class must be in 1..100000", "train", "--template", "edge-cnn", "--data", "edges:per-class=0"},
            {"batch size", "train", "--template", "edge-cnn", "--batch", "0"},
            {"not both", "train", "--template", "edge-cnn", "--model", "x.nnet"},
            {"missing.nnet does not exist", "train", "--model", dir.resolve("missing.nnet").toString()},
            {"zero.nnet is not a regular file", "train", "--model", zero.toString()},
            {"'1e400' is not a number here", "train", "--model", exponent.toString(), "--data", "edges"},
            {"--config " + passwd + ": bad JSON: not valid JSON at line 1 column", "train", "--config", passwd.toString()},
            {"--out " + aFile + " is a file, not a folder", "train", "--template", "edge-cnn", "--data",
                "edges:per-class=2,val-per-class=2", "--out", aFile.toString()},
            {"--out " + aFile.resolve("run") + " cannot be created", "train", "--template", "edge-cnn", "--data",
                "edges:per-class=2,val-per-class=2", "--out", aFile.resolve("run").toString()},
            {"above", "train", "--template", "edge-cnn", "--data", "edges:per-class=2,val-per-class=2", "--batch",
                "65536", "--out", dir.resolve("never").toString()},
            {"give a model", "train", "--data", "edges"},
            {"unknown optimizer", "train", "--template", "edge-cnn", "--optimizer", "lion"},
            {"input is 1x28x28", "train", "--template", "edge-cnn", "--data", "colour:train=2,val=2"},
            {"output is 3x28x28", "train", "--template", "pool-upsample-net", "--data", "edges:per-class=2"},
        };
        for (String[] c : cases) {
            String[] argv = java.util.Arrays.copyOfRange(c, 1, c.length);
            CommandRun r = CommandRun.of(s, argv);
            assertEquals(2, r.code(), String.join(" ", argv) + ": " + r.err() + r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().toLowerCase(java.util.Locale.ROOT).contains(c[0].toLowerCase(java.util.Locale.ROOT)), c[0] + " in: " + r.err());
        }
        assertTrue(Files.notExists(dir.resolve("never")), "a run refused for its memory writes nothing");
    }
}
