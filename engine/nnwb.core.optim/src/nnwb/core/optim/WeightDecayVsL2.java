package nnwb.core.optim;

import java.util.List;
import nnwb.core.optim.linalg.Mat;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.update.OptimizerConfig;

/**
 * Decoupled weight decay against an L2 penalty (Toronto sheet). With decay {@code λ} an SGD step is
 * {@code w₁ = (1 − λ)w₀ − η∇L(w₀)}; with the penalty {@code λ̃‖w‖²} it is
 * {@code w₁ = w₀ − η(∇L(w₀) + 2λ̃w₀)}; they agree for every {@code w₀} exactly when
 * {@code λ̃ = λ/(2η)} (with PyTorch-style decay {@code ηλ}: {@code λ̃ = λ/2}). Adaptive methods divide
 * the penalty's gradient by their per-coordinate scale but not the decay, so there the two differ.
 */
public final class WeightDecayVsL2 {

    private WeightDecayVsL2() {
    }

    /** Two traces that would agree if decay and penalty were the same, and how far apart they end. */
    public record Comparison(Trace withDecay, Trace withL2, double maxDifference) {
    }

    /** The decay subtracted per step: {@code λ}, or {@code ηλ} when it is scaled by the learning rate. */
    private static double decay(double lr, double lambda, boolean scaledByLr) {
        return scaledByLr ? lr * lambda : lambda;
    }

    /** The sheet's {@code λ̃} (penalty {@code λ̃‖w‖²}) equivalent to decay λ under SGD with rate η. */
    public static double equivalentPenalty(double lr, double lambda, boolean scaledByLr) {
        if (!(lr > 0)) {
            throw new IllegalArgumentException("weight decay and L2 can only be matched at a positive learning rate, got " + lr);
        }
        return decay(lr, lambda, scaledByLr) / (2 * lr);
    }

    /** The engine's {@code l2} option (added to the gradient, {@code 2λ̃}) equivalent to decay λ. */
    public static double equivalentL2(double lr, double lambda, boolean scaledByLr) {
        return 2 * equivalentPenalty(lr, lambda, scaledByLr);
    }

    /** {@code (1 − λ)w₀ − η∇L(w₀)}. */
    public static double[] sgdStepWithDecay(Problem p, double[] w0, double lr, double lambda) {
        double[] g = new double[w0.length];
        p.gradient(w0, g);
        double[] w = new double[w0.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = (1 - lambda) * w0[i] - lr * g[i];
        }
        return w;
    }

    /** {@code w₀ − η(∇L(w₀) + 2λ̃w₀)}. */
    public static double[] sgdStepWithPenalty(Problem p, double[] w0, double lr, double penalty) {
        double[] g = new double[w0.length];
        p.gradient(w0, g);
        double[] w = new double[w0.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = w0[i] - lr * (g[i] + 2 * penalty * w0[i]);
        }
        return w;
    }

    /**
     * Runs {@code base} twice for {@code steps} exact-gradient steps from {@code start}: once with decay
     * {@code λ} (and no L2), once with the L2 that matches it under SGD (and no decay).
     */
    public static Comparison compare(Problem problem, OptimizerConfig base, double lambda, int steps, double[] start) {
        boolean scaled = base.flag("wd-lr");
        OptimizerConfig decay = base.with("wd", lambda).with("l2", 0.0);
        OptimizerConfig l2 = base.with("wd", 0.0).with("l2", equivalentL2(base.lr(), lambda, scaled));
        TraceRequest r = new TraceRequest(problem, List.of(decay, l2), steps, 0, 1, 0, start);
        Trace a = TraceRunner.trace(r, decay);
        Trace b = TraceRunner.trace(r, l2);
        double diff = 0;
        int last = Math.min(a.size(), b.size()) - 1;
        for (int i = 0; i <= last; i++) {
            diff = Math.max(diff, Mat.distance(a.step(i).params(), b.step(i).params()));
        }
        return new Comparison(a, b, diff);
    }
}
