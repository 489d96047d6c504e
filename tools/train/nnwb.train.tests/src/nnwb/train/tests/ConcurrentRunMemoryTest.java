package nnwb.train.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.compute.ComputeStatus;
import nnwb.compute.train.IterationMetrics;
import nnwb.compute.dl4j.ComputeConfig;
import nnwb.compute.dl4j.Dl4jComputeService;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.train.RunListener;
import nnwb.train.RunResult;
import nnwb.train.TrainingRunner;
import nnwb.test.harness.ComputeServices;

/**
 * {@code peakMemoryBytes} is the run's own (issue 26 item 7): two identical runs training at once in one JVM, each on
 * its own compute service as a Spark executor's two task slots do, each report within 10% of the same run alone. The
 * network is a wide fully connected one whose parameters, gradients and Adam state (6.5 MB outside workspaces) dwarf
 * its workspaces at batch 16, so ND4J's process-wide count of arrays outside workspaces, which the peak read until
 * then, gave each run about twice its own (1.97x): the other run's arrays were counted too. That counter also made a
 * run alone read less than its own, down to 0, when arrays of earlier work in the JVM were freed during it (the whole
 * test bundle leaves networks to the garbage collector, whose frees ND4J subtracts as they happen); this test runs in
 * the whole bundle, in a JVM where other tests trained before or after it. Writes the numbers to
 * {@code target/concurrent-run-memory.txt}.
 */
class ConcurrentRunMemoryTest {

    static final String WIDE = "network wide\nsymbol classes=3\ninput 28x28x1\nFLATTEN\nFC-512\nFC-classes\n";

    /** Parameters of {@link #WIDE}, by hand: 784 x 512 weights + 512 biases, 512 x 3 weights + 3 biases. */
    static final long PARAMS = 784 * 512 + 512 + 512 * 3 + 3;

    static final int BATCH = 16;

    @TempDir
    Path dir;

    @Test
    void twoRunsAtOnceEachReportWithinTenPercentOfTheSameRunAlone() throws Exception {
        RunConfig c = new RunConfig("wide", null, null, WIDE, Map.of(), "edges:per-class=16,val-per-class=8", Optimizer.ADAM, 1e-3,
                0.9, 0.9, 0.999, 1e-8, 0, 0, BATCH, 2, 1, "cpu");
        TrainingRunner first = new TrainingRunner(ComputeServices.started(), null);
        Dl4jComputeService other = new Dl4jComputeService(ComputeConfig.from(System.getProperties(), dir.resolve("javacpp")), Map.of());
        ExecutorService slots = Executors.newFixedThreadPool(2);
        try {
            ComputeStatus st = other.start().toCompletableFuture().get(180, TimeUnit.SECONDS);
            assertTrue(st.isReady(), st.reason());
            TrainingRunner second = new TrainingRunner(other, null);

            RunResult alone = first.run(c, null, null, () -> false);
            // parameters, their gradients and Adam's two moments, float32: the run's own arrays between steps
            long fixed = PARAMS * 4 * 4;
            assertEquals(fixed, alone.fixedBytes(), "parameters, gradients and Adam's state");
            // the minibatch (16 images of 784 floats, 16 one-hot labels of 3) is held while it trains, workspaces on top
            long minibatch = BATCH * 784 * 4 + BATCH * 3 * 4;
            assertTrue(alone.peakMemoryBytes() > fixed + minibatch, "alone: " + alone.peakMemoryBytes() + " B");

            // both runs wait for each other after their first step, so each trains its other steps while the other's
            // network holds its arrays; the one that ends first closes its network while the other still trains
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<RunResult> a = CompletableFuture.supplyAsync(() -> first.run(c, null, meet(together), () -> false), slots);
            CompletableFuture<RunResult> b = CompletableFuture.supplyAsync(() -> second.run(c, null, meet(together), () -> false), slots);
            RunResult[] both = {a.get(300, TimeUnit.SECONDS), b.get(300, TimeUnit.SECONDS)};
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/concurrent-run-memory.txt"), String.format(Locale.ROOT,
                    "wide FC b16 Adam: alone %d B (fixed %d B); at once %d B and %d B (%.3fx, %.3fx)%n", alone.peakMemoryBytes(),
                    alone.fixedBytes(), both[0].peakMemoryBytes(), both[1].peakMemoryBytes(),
                    (double) both[0].peakMemoryBytes() / alone.peakMemoryBytes(), (double) both[1].peakMemoryBytes() / alone.peakMemoryBytes()));
            for (RunResult r : both) {
                double ratio = (double) r.peakMemoryBytes() / alone.peakMemoryBytes();
                assertEquals(1, ratio, 0.10, "peak at once " + r.peakMemoryBytes() + " B, alone " + alone.peakMemoryBytes() + " B");
                assertEquals(fixed, r.fixedBytes());
            }
        } finally {
            slots.shutdownNow();
            other.deactivate();
        }
    }

    private static RunListener meet(CyclicBarrier b) {
        return new RunListener() {
            @Override
            public void iteration(IterationMetrics m) {
                if (m.iteration() == 1) {
                    try {
                        b.await(120, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("the other run did not reach its first step", e);
                    }
                }
            }
        };
    }
}
