package nnwb.compute;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import nnwb.compute.bench.BenchOptions;
import nnwb.compute.bench.BenchRow;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.InitSpec;
import nnwb.compute.graph.ParameterCount;
import nnwb.compute.graph.VarianceSample;
import nnwb.compute.net.Network;
import nnwb.compute.net.NetworkSpec;
import nnwb.compute.train.LabelledImages;
import nnwb.compute.train.TrainingListener;
import nnwb.compute.train.TrainingResult;
import nnwb.compute.train.TrainingSpec;

/** Networks: building, counting, sampling, training and loading them: one role of the compute service. */
public interface NetworkTraining {

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

    /**
     * Trains {@code spec.graph()} on {@code train} for {@code spec.epochs()} epochs, evaluating on {@code validation}
     * after each, on the worker thread; blocks until done and reports progress to {@code listener} (on the worker).
     * Stops within one training step (or evaluation batch) after {@code cancelled} turns true and returns what it
     * has. Backend memory is released after the run, so runs measure independently.
     *
     * @throws ComputeException when the graph cannot be built for the data, or the run fails (out of memory or a
     *                          native error: the message says which and what to try)
     */
    TrainingResult train(TrainingSpec spec, LabelledImages train, LabelledImages validation, TrainingListener listener,
            BooleanSupplier cancelled);

    /** Loads a network written by {@link Network#save(Path)} (sequential or graph). */
    Network load(Path file);

    /** Runs the speed benchmark on the worker thread and returns one row per case. */
    List<BenchRow> benchmark(BenchOptions options);
}
