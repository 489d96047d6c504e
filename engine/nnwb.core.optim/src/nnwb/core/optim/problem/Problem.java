package nnwb.core.optim.problem;

import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A loss over parameters shaped {@code rows×cols} (vectors are {@code 1×d}) with its gradient,
 * optionally a stochastic gradient for a batch, and what is known about its solutions.
 * Implementations are immutable and thread-safe.
 */
public interface Problem {

    /** The registry name, e.g. {@code least-squares}. */
    String name();

    /** Rows of the parameter matrix (1 for vector problems). */
    int rows();

    /** Columns of the parameter matrix. */
    int cols();

    /** The number of parameters. */
    default int dimension() {
        return rows() * cols();
    }

    /** A short name for parameter {@code i} (e.g. {@code x}, {@code w2}, {@code W1_3}). */
    default String paramName(int i) {
        return "p" + (i + 1);
    }

    /** The default starting point (a fresh copy). */
    double[] start();

    /** The loss at {@code p} (without any penalty an optimizer adds). */
    double loss(double[] p);

    /** Writes the exact (full-batch, noise-free) gradient at {@code p} into {@code out}. */
    void gradient(double[] p, double[] out);

    /** Whether {@link #sampleGradient} differs from the exact gradient. */
    default boolean stochastic() {
        return false;
    }

    /**
     * Writes a stochastic gradient for a batch of {@code batch} samples drawn with {@code rng}; batch 0
     * means the exact gradient. The default is the exact gradient.
     */
    default void sampleGradient(double[] p, double[] out, int batch, RandomGenerator rng) {
        gradient(p, out);
    }

    /** The loss as {@code ½wᵀHw − bᵀw + k} when it is quadratic (for closed forms). */
    default Optional<QuadraticForm> quadraticForm() {
        return Optional.empty();
    }

    /** A minimiser when one is known (the minimum-norm one where there are many). */
    default Optional<double[]> minimiser() {
        return Optional.empty();
    }

    /** The solution set of an under-determined linear system (least squares), when there is one. */
    default Optional<SolutionSet> solutionSet() {
        return Optional.empty();
    }

    /** The options that define this problem, defaults included, JSON-ready. */
    Map<String, Object> settings();
}
