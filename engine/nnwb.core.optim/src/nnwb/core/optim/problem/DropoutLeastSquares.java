package nnwb.core.optim.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import nnwb.core.optim.linalg.Mat;

/**
 * One example {@code (x, y)} fitted by {@code ŷ = Σ mᵢ·xᵢ·wᵢ/(1 − p)} with inverted dropout: each
 * mask {@code mᵢ} is 1 with probability {@code 1 − p}. The loss traced is the expected squared error
 * over the masks, {@code (y − x·w)² + λ·Σ xᵢ²wᵢ²} with {@code λ = p/(1 − p)}: least squares with the
 * Tikhonov matrix {@code Γ = √λ·diag(|xᵢ|)}. A batch of B averages the gradients of B independent
 * masks; batch 0 gives the expected gradient. Default: features 10 and 1, target 11, p = 0.5.
 */
public final class DropoutLeastSquares implements Problem {

    static final List<ProblemOption> OPTIONS = List.of(
            ProblemOption.of("x", "10,1", "the example's features"),
            ProblemOption.of("y", "11", "the target"),
            ProblemOption.of("p", "0.5", "dropout rate p in [0, 1)", "rate"),
            ProblemOption.of("start", "", "starting weights (default zero)"));

    private final double[] x;
    private final double y;
    private final double p;
    private final double lambda;
    private final double[] start;
    private final Map<String, Object> settings;

    /** From options {@code x}, {@code y}, {@code p}, {@code start}. */
    public DropoutLeastSquares(ProblemOptions o) {
        x = o.vector("x", -1, 100);
        y = o.number("y", -1e12, 1e12);
        p = o.number("p", 0, 0.999);
        lambda = p / (1 - p);
        start = o.start(x.length, new double[x.length]);
        settings = o.settings();
    }

    /** The regularisation strength {@code λ = p/(1 − p)}. */
    public double lambda() {
        return lambda;
    }

    /**
     * The minimiser of the expected loss, {@code (xxᵀ + λ·diag(x²))⁻¹·x·y} (the minimum-norm least-squares
     * solution when {@code p = 0}); with every {@code xᵢ ≠ 0} and {@code λ > 0} it is {@code wᵢ = y/(xᵢ(λ + d))}.
     */
    public double[] regularisedSolution() {
        return quadraticForm().orElseThrow().minimiser();
    }

    @Override
    public String name() {
        return "dropout-least-squares";
    }

    @Override
    public int rows() {
        return 1;
    }

    @Override
    public int cols() {
        return x.length;
    }

    @Override
    public String paramName(int i) {
        return "w" + (i + 1);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public double loss(double[] w) {
        double r = y - Mat.dot(x, w);
        double pen = 0;
        for (int i = 0; i < x.length; i++) {
            pen += x[i] * x[i] * w[i] * w[i];
        }
        return r * r + lambda * pen;
    }

    @Override
    public void gradient(double[] w, double[] out) {
        double r = y - Mat.dot(x, w);
        for (int i = 0; i < x.length; i++) {
            out[i] = -2 * r * x[i] + 2 * lambda * x[i] * x[i] * w[i];
        }
    }

    @Override
    public boolean stochastic() {
        return p > 0;
    }

    @Override
    public void sampleGradient(double[] w, double[] out, int batch, RandomGenerator rng) {
        if (batch <= 0) {
            gradient(w, out);
            return;
        }
        int d = x.length;
        java.util.Arrays.fill(out, 0, d, 0);
        double[] kept = new double[d];
        for (int b = 0; b < batch; b++) {
            double pred = 0;
            for (int i = 0; i < d; i++) {
                kept[i] = rng.nextDouble() < p ? 0 : x[i] / (1 - p);
                pred += kept[i] * w[i];
            }
            double r = y - pred;
            for (int i = 0; i < d; i++) {
                out[i] += -2 * r * kept[i] / batch;
            }
        }
    }

    @Override
    public Optional<QuadraticForm> quadraticForm() {
        int d = x.length;
        double[] h = new double[d * d];
        double[] b = new double[d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                h[i * d + j] = 2 * x[i] * x[j];
            }
            h[i * d + i] += 2 * lambda * x[i] * x[i];
            b[i] = 2 * x[i] * y;
        }
        return Optional.of(new QuadraticForm(h, b, y * y, d));
    }

    @Override
    public Optional<double[]> minimiser() {
        return Optional.of(regularisedSolution());
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }
}
