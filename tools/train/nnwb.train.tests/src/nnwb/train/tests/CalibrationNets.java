package nnwb.train.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.train.experiments.Experiments;

/**
 * The four networks the {@code dl4j} memory convention is calibrated on (issue 22): the edge CNN template and the
 * small ResNet of the memory experiments on the edge images (28×28×1, 3 classes), ResNet-18 at 32×32 and a VGG-style
 * net on CIFAR-10-shaped random images (a binary CIFAR-10 folder written here; memory does not depend on pixels).
 */
final class CalibrationNets {

    /** A VGG-style net for 32×32 RGB images: two conv-conv-pool stages, one conv-pool stage, two fully connected. */
    static final String VGG_SMALL = """
            network vgg-small
            symbol classes=10
            input 32x32x3
            conv1: conv 32 3 padding=1
            relu1: relu
            conv2: conv 32 3 padding=1
            relu2: relu
            pool1: maxpool 2
            conv3: conv 64 3 padding=1
            relu3: relu
            conv4: conv 64 3 padding=1
            relu4: relu
            pool2: maxpool 2
            conv5: conv 128 3 padding=1
            relu5: relu
            pool3: maxpool 2
            flatten
            fc1: fc 128
            relu6: relu
            fc2: fc classes
            """;

    /** The names, in the order of {@link #configs}. */
    static final List<String> NAMES = List.of("edge-cnn", "small-resnet", "resnet18-32", "vgg-small");

    private CalibrationNets() {
    }

    /** Each network as a run configuration at {@code batch} with {@code o}: one epoch of two steps plus evaluation. */
    static List<RunConfig> configs(Path dir, int batch, Optimizer o) throws IOException {
        int perClass = (2 * batch + 2) / 3;
        String edges = "edges:per-class=" + perClass + ",val-per-class=" + perClass;
        String cifar = cifar(dir, 2 * batch, batch);
        return List.of(config("edge-cnn", "edge-cnn", null, Map.of(), edges),
                config("small-resnet", null, Experiments.SMALL_RESNET, Map.of(), edges),
                config("resnet18-32", "resnet18", null, Map.of("classes", 10L, "size", 32L), cifar),
                config("vgg-small", null, VGG_SMALL, Map.of(), cifar)).stream()
                .map(c -> c.withBatch(batch).withOptimizer(o).withName(c.name() + " b" + batch + " " + o.label())).toList();
    }

    private static RunConfig config(String name, String template, String text, Map<String, Long> symbols, String data) {
        return new RunConfig(name, template, null, text, symbols, data, Optimizer.ADAM, 1e-3, 0.9, 0.9, 0.999, 1e-8, 0, 0, 16, 1, 1,
                "cpu");
    }

    /** A CIFAR-10 binary folder under {@code dir} of random images, {@code train} and {@code test} of them. */
    private static String cifar(Path dir, int train, int test) throws IOException {
        Path d = dir.resolve("cifar-" + train + "-" + test);
        if (!Files.isDirectory(d)) {
            Files.createDirectories(d);
            Random r = new Random(1);
            for (String f : new String[] {"data_batch_1.bin", "test_batch.bin"}) {
                int n = f.startsWith("data") ? train : test;
                byte[] b = new byte[n * 3073];
                r.nextBytes(b);
                for (int i = 0; i < n; i++) {
                    b[i * 3073] = (byte) (i % 10);
                }
                Files.write(d.resolve(f), b);
            }
        }
        return "cifar10:" + d + ",limit=" + train;
    }
}
