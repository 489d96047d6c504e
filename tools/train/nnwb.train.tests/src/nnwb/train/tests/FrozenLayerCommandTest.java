package nnwb.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

import nnwb.core.data.LayerOption;
import nnwb.core.data.RunConfig;
import nnwb.core.data.RunConfigJson;
import nnwb.train.RunResult;
import nnwb.train.TrainingRunner;
import nnwb.train.experiments.Experiment;
import nnwb.train.experiments.Experiments;
import nnwb.train.experiments.FrozenKernelExperiments;
import nnwb.test.harness.ComputeServices;

/**
 * {@code nnwb train --freeze conv1 --init conv1=...}: the frozen convolution's saved weights are exactly the
 * kernels given (written out by hand here), the classifier learned; bad layer names and kernel shapes are exit 2
 * naming them; the ready Q2(ii) experiment trains only the classifier (what it measures is in
 * {@link nnwb.train.experiments.FrozenKernelExperiments}).
 */
class FrozenLayerCommandTest {

    @TempDir
    Path dir;

    static final String MODEL = """
            network two-filter-cnn
            symbol classes=3
            input 28x28x1
            conv1: conv 2 3 padding=1
            relu1: relu
            pool1: maxpool 2
            gap: gap
            fc: fc classes
            """;

    private CommandRun train(Path model, Path out, String... extra) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of("train", "--model", model.toString(), "--data",
                "edges:per-class=10,val-per-class=10", "--epochs", "2", "--batch", "10", "--lr", "0.01", "--json", "--out",
                out.toString()));
        argv.addAll(List.of(extra));
        return CommandRun.of(ComputeServices.started(), argv.toArray(String[]::new));
    }

    private Path model() throws Exception {
        Path m = dir.resolve("two.nnet");
        Files.writeString(m, MODEL);
        return m;
    }

    /** conv1's weights [out, in, kh, kw] and biases as plain DL4J reads them from the run folder's model.zip. */
    private static float[][] conv1(Path zip) throws Exception {
        ComputationGraph g = ModelSerializer.restoreComputationGraph(zip.toFile(), false);
        try {
            return new float[][] {g.getLayer("conv1").getParam("W").dup().data().asFloat(),
                    g.getLayer("conv1").getParam("b").dup().data().asFloat()};
        } finally {
            g.close();
        }
    }

    @Test
    void theFrozenLayerKeepsTheKernelsGivenAndTheModelFileHoldsThem() throws Exception {
        Path m = model();
        CommandRun r = train(m, dir.resolve("frozen"), "--freeze", "conv1", "--init", "conv1=sobel-x,[1,2,1;0,0,0;-1,-2,-1]");
        assertEquals(0, r.code(), r.err());
        float[][] w = conv1(dir.resolve("frozen/model.zip"));
        // [out=2, in=1, 3, 3] in C order: Sobel x, then the rows given
        float[] expected = {-1, 0, 1, -2, 0, 2, -1, 0, 1, 1, 2, 1, 0, 0, 0, -1, -2, -1};
        assertEquals(expected.length, w[0].length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(Float.floatToIntBits(expected[i]), Float.floatToIntBits(w[0][i]), "conv1 weight " + i);
        }
        assertEquals(0f, w[1][0], 0f);
        assertEquals(0f, w[1][1], 0f);
        // the run configuration kept in the folder holds the options
        RunConfig back = RunConfigJson.read(Files.readString(dir.resolve("frozen/run.nnrun")));
        assertEquals(new LayerOption("conv1", true, List.of("sobel-x", "1,2,1;0,0,0;-1,-2,-1")), back.layer("conv1"));

        // the same start without --freeze: conv1 learns, so the frozen run's equality is the freeze's doing
        CommandRun free = train(m, dir.resolve("free"), "--init", "conv1=sobel-x,[1,2,1;0,0,0;-1,-2,-1]");
        assertEquals(0, free.code(), free.err());
        float[][] moved = conv1(dir.resolve("free/model.zip"));
        assertNotEquals(expected[0], moved[0][0], 0f);
    }

    @Test
    void badLayerOptionsAreExitTwoNamingTheProblem() throws Exception {
        Path m = model();
        Map<String[], String> cases = new java.util.LinkedHashMap<>();
        cases.put(new String[] {"--freeze", "conv9"}, "no layer 'conv9'");
        cases.put(new String[] {"--freeze", "relu1"}, "layer 'relu1' has no weights to freeze");
        cases.put(new String[] {"--init", "conv1=sobel-x"}, "layer 'conv1' has 2 output channels, got 1 kernels");
        cases.put(new String[] {"--init", "conv1=sobel-x,gaussian:size=5"}, "layer 'conv1' has 3x3 kernels, got 5x5");
        cases.put(new String[] {"--init", "fc=sobel-x,sobel-y"}, "initial kernels need a convolution; 'fc' is not one");
        cases.put(new String[] {"--init", "conv1=sobel-x,wobble"}, "--init conv1: initial kernel 2 of conv1: unknown kernel 'wobble'");
        cases.put(new String[] {"--init", "conv1"}, "--init expects LAYER=KERNEL");
        cases.put(new String[] {"--init", "conv1=sobel-x,[1,2"}, "a '[' without ']'");
        for (Map.Entry<String[], String> e : cases.entrySet()) {
            CommandRun r = train(m, dir.resolve("bad"), e.getKey());
            assertEquals(2, r.code(), String.join(" ", e.getKey()) + ": " + r.err());
            assertTrue(r.err().contains(e.getValue()), String.join(" ", e.getKey()) + ": " + r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    @Test
    void twoFrozenConvolutionsKeepFractionalAndZeroKernelsOnEveryInputChannel() throws Exception {
        Path m = dir.resolve("two-conv.nnet");
        Files.writeString(m, FrozenKernelExperiments.MODEL);
        String kernels = "[-0.5,0,0.5;-1,0,1;-0.5,0,0.5],[-0.5,-1,-0.5;0,0,0;0.5,1,0.5],[0,0,0;0,0,0;0,0,0]";
        CommandRun r = train(m, dir.resolve("two"), "--freeze", "conv1", "--freeze", "conv2", "--init", "conv1=" + kernels,
                "--init", "conv2=" + kernels);
        assertEquals(0, r.code(), r.err());
        // the notebook's kernels written out by hand: offset (i, j) from the centre weighs i/(i^2+j^2), j/(i^2+j^2), 0
        float[][] k = new float[3][9];
        for (int j = -1; j <= 1; j++) {
            for (int i = -1; i <= 1; i++) {
                if (i != 0 || j != 0) {
                    k[0][(j + 1) * 3 + i + 1] = (float) i / (i * i + j * j);
                    k[1][(j + 1) * 3 + i + 1] = (float) j / (i * i + j * j);
                }
            }
        }
        ComputationGraph g = ModelSerializer.restoreComputationGraph(dir.resolve("two/model.zip").toFile(), false);
        try {
            for (String layer : List.of("conv1", "conv2")) {
                float[] w = g.getLayer(layer).getParam("W").dup().data().asFloat();
                float[] b = g.getLayer(layer).getParam("b").dup().data().asFloat();
                int in = layer.equals("conv1") ? 1 : 3;
                assertEquals(3 * in * 9, w.length, layer);
                for (int o = 0; o < 3; o++) {
                    assertEquals(0f, b[o], 0f, layer + " bias " + o);
                    for (int c = 0; c < in; c++) {
                        for (int p = 0; p < 9; p++) {
                            assertEquals(k[o][p], w[(o * in + c) * 9 + p], 0f, layer + " [" + o + "," + c + "] " + p);
                        }
                    }
                }
            }
        } finally {
            g.close();
        }
    }

    /** Validation accuracy of one run of the experiment's settings with run and data seed {@code seed}. */
    private static double accuracy(TrainingRunner runner, boolean edges, int perClass, int seed) throws Exception {
        RunConfig c = FrozenKernelExperiments.run("seed " + seed, edges, perClass).withSeed(seed)
                .withDataset("edges:per-class=" + perClass + ",seed=" + seed);
        RunResult r = runner.run(c, null, null, () -> false);
        return r.valAccuracy();
    }

    @Test
    void frozenEdgeDetectorsAgainstFrozenRandomKernels() throws Exception {
        Experiment e = Experiments.byId("frozen-edge-detectors");
        assertEquals(4, e.runs().size());
        assertEquals(List.of(new LayerOption("conv1", true, FrozenKernelExperiments.EDGE_DETECTORS),
                new LayerOption("conv2", true, FrozenKernelExperiments.EDGE_DETECTORS)), e.runs().get(2).layers());
        TrainingRunner runner = new TrainingRunner(ComputeServices.started(), null);
        StringBuilder all = new StringBuilder();
        for (int seed = 1; seed <= 3; seed++) {
            double edgeLow = accuracy(runner, true, FrozenKernelExperiments.LOW, seed);
            double randomLow = accuracy(runner, false, FrozenKernelExperiments.LOW, seed);
            double edgeHigh = accuracy(runner, true, FrozenKernelExperiments.HIGH, seed);
            double randomHigh = accuracy(runner, false, FrozenKernelExperiments.HIGH, seed);
            all.append(" seed ").append(seed).append(": ").append(FrozenKernelExperiments.LOW).append("/class edge ")
                    .append(edgeLow).append(" random ").append(randomLow).append(", ").append(FrozenKernelExperiments.HIGH)
                    .append("/class edge ").append(edgeHigh).append(" random ").append(randomHigh).append(';');
            System.out.println("frozen-edge-detectors" + all);
            // what reproduces: with many images the frozen derivative kernels (dead third channel and all) stay ahead
            // of frozen random kernels; the sheet's reversal does not happen on these images (see the experiment)
            assertTrue(edgeHigh >= 0.85, all.toString());
            assertTrue(edgeHigh > randomHigh + 0.03, all.toString());
            assertTrue(randomHigh > 0.45, all.toString());
            // the classifier on the frozen edge features needs the data: 5 images per class are far from enough
            assertTrue(edgeHigh > edgeLow + 0.1, all.toString());
        }
    }
}
