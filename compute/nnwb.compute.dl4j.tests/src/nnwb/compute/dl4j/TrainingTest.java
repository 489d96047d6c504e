package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeException;
import nnwb.compute.ComputeService;
import nnwb.compute.Tensor;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.net.Network;
import nnwb.compute.train.EpochMetrics;
import nnwb.compute.train.IterationMetrics;
import nnwb.compute.train.LabelledImages;
import nnwb.compute.train.LayerKernels;
import nnwb.compute.train.PixelSamples;
import nnwb.compute.train.TrainingListener;
import nnwb.compute.train.TrainingResult;
import nnwb.compute.train.TrainingSpec;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.data.Dataset;
import nnwb.core.data.DatasetSpec;
import nnwb.core.data.ImageSet;
import nnwb.core.data.MemoryPrediction;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunModel;
import nnwb.core.templates.Templates;
import nnwb.model.compute.ModelGraphs;
import nnwb.test.harness.ComputeServices;

/**
 * Training GraphSpec networks (built through the engine's analysis and ModelGraphs) with the service: the loss
 * falls, a saved model reloads with identical outputs, a cancel stops within a second, failures leave the service
 * working, and measured memory moves as the engine predicts between optimizers and batch sizes.
 */
class TrainingTest {

    static final Dataset EDGES = DatasetSpec.parse("edges:per-class=40,val-per-class=20").load();

    static AnalysisReport analysis(String text, Dataset d, long batch) {
        ImageSet t = d.train();
        return RunModel.analyze(text, Map.of(), t.channels(), t.height(), t.width(), d.classes(), batch);
    }

    /** The data engine's images as the compute API's. */
    static LabelledImages images(ImageSet s) {
        return new LabelledImages(s.channels(), s.height(), s.width(), s.pixels(), s.labels(), s.labelsPerExample(),
                s.classes());
    }

    static GraphSpec graph(String text, Dataset d) {
        return ModelGraphs.fromAnalysis(analysis(text, d, 1).graph()).spec();
    }

    static final String EDGE_CNN = Templates.text("edge-cnn");

    @Test
    void lossFallsOverAFewStepsOfTheEdgeCnn() throws Exception {
        ComputeService s = ComputeServices.started();
        List<IterationMetrics> steps = new CopyOnWriteArrayList<>();
        List<EpochMetrics> epochs = new CopyOnWriteArrayList<>();
        List<LayerKernels> kernels = new CopyOnWriteArrayList<>();
        TrainingListener l = new TrainingListener() {
            @Override
            public void iteration(IterationMetrics m) {
                steps.add(m);
            }

            @Override
            public void epoch(EpochMetrics m) {
                epochs.add(m);
            }

            @Override
            public void kernels(LayerKernels k) {
                kernels.add(k);
            }
        };
        GraphSpec g = graph(EDGE_CNN, EDGES);
        TrainingResult r = s.train(TrainingSpec.of(g, UpdaterSpec.adam(0.01, 0.9, 0.999, 1e-8), 12, 4, 1),
                images(EDGES.train()), images(EDGES.validation()), l, () -> false);
        try (Network net = r.network()) {
            assertEquals(4, r.epochs().size());
            assertEquals(4 * 10, steps.size(), "120 examples in batches of 12, four epochs");
            double first = (steps.get(0).loss() + steps.get(1).loss()) / 2;
            double last = (steps.get(38).loss() + steps.get(39).loss()) / 2;
            assertTrue(last < first * 0.8, "loss " + first + " -> " + last);
            assertTrue(epochs.get(3).trainLoss() < epochs.get(0).trainLoss());
            EpochMetrics e = r.last();
            long[][] cm = e.confusion();
            assertEquals(3, cm.length);
            long total = 0;
            long diag = 0;
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    total += cm[i][j];
                    diag += i == j ? cm[i][j] : 0;
                }
            }
            assertEquals(60, total, "every validation image counted once");
            assertEquals(e.valAccuracy(), diag / 60.0, 1e-12);
            assertTrue(r.examplesPerSecond() > 0 && e.seconds() > 0 && e.wallSeconds() >= e.seconds());
            assertEquals(5, kernels.size(), "at initialisation and after each epoch");
            assertEquals(g.nodes().get(0).name(), kernels.get(0).layer(), "the first convolution");
            assertEquals(10, kernels.get(0).kernels().size());
            assertEquals(3, kernels.get(0).kernels().get(0).length);
            assertTrue(r.peakBytes() >= r.fixedBytes() && r.fixedBytes() > 0);
        }
    }

    @Test
    void aSavedModelReloadsWithIdenticalOutputs(@TempDir Path dir) throws Exception {
        ComputeService s = ComputeServices.started();
        TrainingResult r = s.train(TrainingSpec.of(graph(EDGE_CNN, EDGES), UpdaterSpec.sgd(0.05), 16, 1, 2), images(EDGES.train()),
                images(EDGES.validation()), null, () -> false);
        Path file = dir.resolve("model.zip");
        Tensor x = new Tensor(new int[] {5, 1, 28, 28}, toDouble(EDGES.validation().subset(new int[] {0, 1, 2, 30, 59}).pixels()));
        Tensor before;
        try (Network net = r.network()) {
            before = net.predict(x);
            net.save(file);
        }
        assertTrue(Files.size(file) > 1000);
        try (Network back = s.load(file)) {
            Tensor after = back.predict(x);
            assertArrayEquals(before.shape(), after.shape());
            assertArrayEquals(before.data(), after.data(), 0.0);
        }
    }

    static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    @Test
    void aCancelledRunStopsWithinASecond() throws Exception {
        ComputeService s = ComputeServices.started();
        Dataset big = DatasetSpec.parse("edges:per-class=400,val-per-class=10").load();
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicLong cancelledAt = new AtomicLong();
        TrainingListener l = new TrainingListener() {
            @Override
            public void iteration(IterationMetrics m) {
                if (m.iteration() == 5) {
                    cancelledAt.set(System.nanoTime());
                    cancel.set(true);
                }
            }
        };
        TrainingResult r = s.train(TrainingSpec.of(graph(EDGE_CNN, big), UpdaterSpec.sgd(0.01), 8, 50, 3), images(big.train()),
                images(big.validation()), l, cancel::get);
        long stoppedAt = System.nanoTime();
        r.network().close();
        assertTrue(r.cancelled());
        assertTrue(r.epochs().isEmpty(), "stopped inside the first epoch");
        double seconds = (stoppedAt - cancelledAt.get()) / 1e9;
        assertTrue(seconds < 1.0, "stopped after " + seconds + " s");
    }

    @Test
    void aFailureInsideARunEndsItWithAClearMessageAndTheServiceGoesOn() throws Exception {
        ComputeService s = ComputeServices.started();
        // ND4J's allocations are not bounded by JavaCPP's maxbytes, so a real out-of-memory would take the machine's
        // memory first: the failure is raised where a step's allocation would raise it, inside the run
        TrainingListener failing = new TrainingListener() {
            @Override
            public void iteration(IterationMetrics m) {
                throw new OutOfMemoryError("Cannot allocate 3355443200 bytes");
            }
        };
        ComputeException e = org.junit.jupiter.api.Assertions.assertThrows(ComputeException.class,
                () -> s.train(TrainingSpec.of(graph(EDGE_CNN, EDGES), UpdaterSpec.sgd(0.1), 64, 1, 1), images(EDGES.train()),
                        images(EDGES.validation()), failing, () -> false));
        assertTrue(e.getMessage().startsWith("out of memory while training at batch 64"), e.getMessage());
        TrainingResult ok = s.train(TrainingSpec.of(graph(EDGE_CNN, EDGES), UpdaterSpec.sgd(0.1), 32, 1, 1), images(EDGES.train()),
                images(EDGES.validation()), null, () -> false);
        ok.network().close();
        assertEquals(1, ok.epochs().size());
    }

    @Test
    void aModelThatDoesNotMatchTheDataIsRefusedWithTheShapes() throws Exception {
        ComputeService s = ComputeServices.started();
        Dataset colour = DatasetSpec.parse("colour:train=2,val=2,size=16").load();
        ComputeException e = org.junit.jupiter.api.Assertions.assertThrows(ComputeException.class,
                () -> s.train(TrainingSpec.of(graph(EDGE_CNN, EDGES), UpdaterSpec.sgd(0.1), 2, 1, 1), images(colour.train()),
                        images(colour.validation()), null, () -> false));
        assertTrue(e.getMessage().contains("input is 1x28x28"), e.getMessage());
    }

    @Test
    void colourisationTrainsAClassPerPixelAndShowsPredictions() throws Exception {
        ComputeService s = ComputeServices.started();
        Dataset d = DatasetSpec.parse("colour:train=24,val=8,size=16").load();
        String net = Templates.text("pool-upsample-net").replace("symbol NIC=1, NF=32, NC=24", "symbol NIC=1, NF=8, NC=24");
        List<PixelSamples> samples = new CopyOnWriteArrayList<>();
        List<IterationMetrics> steps = new CopyOnWriteArrayList<>();
        TrainingListener l = new TrainingListener() {
            @Override
            public void samples(PixelSamples p) {
                samples.add(p);
            }

            @Override
            public void iteration(IterationMetrics m) {
                steps.add(m);
            }
        };
        TrainingResult r = s.train(TrainingSpec.of(graph(net, d), UpdaterSpec.adam(0.01, 0.9, 0.999, 1e-8), 8, 3, 1), images(d.train()),
                images(d.validation()), l, () -> false);
        r.network().close();
        assertEquals(3, samples.size());
        PixelSamples p = samples.get(2);
        assertEquals(4, p.inputs().size());
        assertEquals(256, p.predicted().get(0).length);
        assertArrayEquals(d.validation().labelsOf(0), p.truth().get(0));
        // per-pixel cross-entropy starts near ln 24 = 3.18 and falls
        assertTrue(steps.get(0).loss() > 2 && steps.get(0).loss() < 5, "first loss " + steps.get(0).loss());
        assertTrue(steps.get(steps.size() - 1).loss() < steps.get(0).loss());
        assertEquals(24, r.last().confusion().length);
    }

    @Test
    void optimizerStateIsExactlyParametersTimesFourBytesPerSlotAsTheEnginePredicts() throws Exception {
        ComputeService s = ComputeServices.started();
        GraphSpec g = graph(EDGE_CNN, EDGES);
        long params = s.parameterCount(g).total();
        long[] fixed = new long[3];
        long[] state = new long[3];
        Optimizer[] opts = {Optimizer.SGD, Optimizer.MOMENTUM, Optimizer.ADAM};
        UpdaterSpec[] specs = {UpdaterSpec.sgd(0.01), UpdaterSpec.momentum(0.01, 0.9), UpdaterSpec.adam(0.001, 0.9, 0.999, 1e-8)};
        // ND4J's array counter is the whole process's: arrays of earlier tests that the garbage collector frees (or
        // has not freed yet) while a run starts move a reading, so the three runs are repeated (after a collection) up
        // to three times and the first repetition whose readings are all clean is kept
        List<long[]> reps = new java.util.ArrayList<>();
        for (int rep = 0; rep < 3; rep++) {
            long[] f = new long[3];
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
                TrainingResult r = s.train(TrainingSpec.of(g, specs[i], 16, 1, 1), images(EDGES.train()),
                        images(EDGES.validation()), null, () -> false);
                r.network().close();
                f[i] = r.fixedBytes();
                state[i] = r.optimizerStateBytes();
            }
            reps.add(f);
            if (Math.abs(f[1] - f[0] - params * 4) <= 4096 && Math.abs(f[2] - f[0] - 2 * params * 4) <= 4096) {
                break;
            }
        }
        System.arraycopy(reps.get(reps.size() - 1), 0, fixed, 0, 3);
        AnalysisReport a = analysis(EDGE_CNN, EDGES, 16);
        MemoryPrediction[] p = new MemoryPrediction[3];
        for (int i = 0; i < 3; i++) {
            p[i] = MemoryPrediction.of(a, opts[i]);
        }
        // the updater's state: exactly parameters x 4 bytes per slot, as the engine predicts
        assertEquals(0, state[0]);
        assertEquals(params * 4, state[1], "momentum keeps one value per parameter");
        assertEquals(2 * params * 4, state[2], "Adam keeps two");
        for (int i = 0; i < 3; i++) {
            assertEquals(p[i].optimizerState(), state[i], opts[i].label());
        }
        // ND4J's array counter moves by the same amounts (other small arrays, also of other tests in this JVM, come and go: within 4 KB)
        String all = reps.stream().map(java.util.Arrays::toString).toList().toString();
        assertEquals(params * 4, fixed[1] - fixed[0], 4096, "counter, momentum - SGD; readings " + all);
        assertEquals(2 * params * 4, fixed[2] - fixed[0], 4096, "counter, Adam - SGD; readings " + all);
        // SGD holds parameters and their gradient view: the engine's parameters + gradients (no batch norm here)
        assertEquals(p[0].parameters() + p[0].gradients(), fixed[0], 1024, "SGD's fixed memory");
    }

    @Test
    void activationMemoryGrowsWithTheBatchAsTheEnginePredicts() throws Exception {
        ComputeService s = ComputeServices.started();
        GraphSpec g = graph(EDGE_CNN, EDGES);
        int[] batches = {4, 16, 64};
        long[] measured = new long[3];
        long[] predicted = new long[3];
        for (int i = 0; i < 3; i++) {
            TrainingResult r = s.train(TrainingSpec.of(g, UpdaterSpec.sgd(0.01), batches[i], 1, 1), images(EDGES.train()),
                    images(EDGES.validation()), null, () -> false);
            r.network().close();
            measured[i] = r.peakBytes() - r.fixedBytes();
            predicted[i] = MemoryPrediction.of(analysis(EDGE_CNN, EDGES, batches[i]), Optimizer.SGD).activations();
        }
        assertTrue(measured[0] < measured[1] && measured[1] < measured[2], java.util.Arrays.toString(measured));
        // the batch-dependent part grows like the engine's: the slope per example within a factor of 4
        double slopeMeasured = (measured[2] - measured[0]) / 60.0;
        double slopePredicted = (predicted[2] - predicted[0]) / 60.0;
        double ratio = slopeMeasured / slopePredicted;
        assertTrue(ratio > 0.5 && ratio < 4, "measured/predicted per example " + ratio + " " + java.util.Arrays.toString(measured)
                + " vs " + java.util.Arrays.toString(predicted));
    }
}
