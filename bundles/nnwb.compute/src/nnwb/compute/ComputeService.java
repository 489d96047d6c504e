package nnwb.compute;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import nnwb.compute.bench.BenchOptions;
import nnwb.compute.bench.BenchRow;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.InitSpec;
import nnwb.compute.graph.ParameterCount;
import nnwb.compute.graph.VarianceSample;
import nnwb.compute.memory.MemorySnapshot;
import nnwb.compute.memory.Subscription;
import nnwb.compute.net.Network;
import nnwb.compute.net.NetworkSpec;

/**
 * The one compute service of the workbench. The backend starts lazily on the service's own
 * worker thread, at {@link #start()} or at the first operation; nothing is loaded before.
 * <p>
 * Operations block until the backend is ready and run on the worker thread; call them from a
 * job, never from the UI thread. When the backend cannot start, {@link #status()} says why and
 * operations throw {@link ComputeException} with that reason.
 */
public interface ComputeService {

    /** The current state of the backend; never blocks and never starts it. */
    ComputeStatus status();

    /** Starts the backend if it is not started yet; completes with READY or FAILED, never exceptionally. */
    CompletionStage<ComputeStatus> start();

    /** Calls {@code listener} with the current status and then at every change, on a service thread. */
    Subscription onStatus(Consumer<ComputeStatus> listener);

    /** GPUs seen through the driver's management library, independent of the backend in use. */
    GpuReport gpus();

    /**
     * Convolution or cross-correlation of {@code input} [N, C, H, W] (or [N, C, L] in 1D) with
     * {@code kernel} [outC, C, kH, kW] (or [outC, C, K]); the result is [N, outC, oH, oW] (or [N, outC, oL]).
     */
    Tensor convolve(Tensor input, Tensor kernel, ConvSpec spec);

    /** The matrix product of two 2D tensors [m, k] x [k, n]. */
    Tensor matmul(Tensor a, Tensor b);

    /** A fresh state (zeros, iteration 0) for {@code parameterCount} parameters. */
    UpdaterState newUpdaterState(UpdaterSpec spec, int parameterCount);

    /** One optimizer step: the parameters after it and the updater's state after it; inputs are not changed. */
    UpdaterStep step(UpdaterSpec spec, double[] parameters, double[] gradient, UpdaterState state);

    /** Builds a network with freshly initialised parameters (seeded by the spec). */
    Network build(NetworkSpec spec);

    /**
     * The parameters of {@code graph} as the backend counts them, read from its configuration without allocating
     * them (ResNet-152 and VGG-16 answer at once). DL4J counts batch-norm running mean and variance as parameters.
     */
    ParameterCount parameterCount(GraphSpec graph);

    /**
     * Builds {@code graph} with {@code init} (seeded), sends a batch of unit-variance Gaussian inputs forward and
     * a unit-variance Gaussian gradient at the output back, and returns the second moment of every node's output
     * and of the gradient with respect to it. Batch norm normalises with the batch's statistics; dropout acts as
     * at inference (identity). A graph the backend cannot sample comes back with the reason, not an exception.
     */
    VarianceSample sampleVariance(GraphSpec graph, InitSpec init, int batch, long seed);

    /** Loads a network written by {@link Network#save(Path)}. */
    Network load(Path file);

    /** A memory reading now. Works before the backend starts (native figures are then zero). */
    MemorySnapshot memory();

    /** Calls {@code listener} with a reading every {@code period}, on a sampler thread, until closed. */
    Subscription onMemory(Duration period, Consumer<MemorySnapshot> listener);

    /** Runs the speed benchmark on the worker thread and returns one row per case. */
    List<BenchRow> benchmark(BenchOptions options);

    /** Versions of the compute libraries and the configured backend, read without starting it. */
    Map<String, String> versions();
}
