package nnwb.core.optim.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import nnwb.core.optim.linalg.Mat;

/**
 * Linear least squares as in the Toronto sheet: loss {@code (1/n)·‖Xw − t‖²} for {@code X} of shape
 * {@code n×d}, gradient {@code (2/n)·Xᵀ(Xw − t)}. A mini-batch of {@code b < n} rows is drawn without
 * replacement and its gradient is {@code (2/b)·Σ x_j(x_jᵀw − t_j)}. Default: the sheet's
 * overparameterised example {@code X = [[2, 1]]}, {@code t = [2]}, starting from zero.
 */
public final class LeastSquares implements Problem {

    static final List<ProblemOption> OPTIONS = List.of(
            ProblemOption.of("X", "2,1", "data matrix: rows separated by ';', values by ','", "x"),
            ProblemOption.of("t", "2", "targets, one per row of X"),
            ProblemOption.of("start", "", "starting weights (default zero)"));

    private final double[] x;
    private final double[] t;
    private final int n;
    private final int d;
    private final double[] start;
    private final Map<String, Object> settings;
    private final SolutionSet solutions;

    /** From options {@code X}, {@code t}, {@code start}. */
    public LeastSquares(ProblemOptions o) {
        double[][] rows = o.matrix("X", 1000, 100);
        n = rows.length;
        d = rows[0].length;
        t = o.vector("t", -1, 1000);
        if (t.length != n) {
            throw new IllegalArgumentException(o.problem() + ": t has " + t.length + " values but X has " + n + " rows");
        }
        x = new double[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, x, i * d, d);
        }
        start = o.start(d, new double[d]);
        settings = o.settings();
        solutions = SolutionSet.of(x, n, d, t);
    }

    /** Rows of X. */
    public int samples() {
        return n;
    }

    /** X, row-major {@code n×d} (a copy). */
    public double[] data() {
        return x.clone();
    }

    /** The targets (a copy). */
    public double[] targets() {
        return t.clone();
    }

    /** The residual {@code Xw − t}. */
    public double[] residual(double[] w) {
        double[] r = Mat.apply(x, w, n, d);
        for (int i = 0; i < n; i++) {
            r[i] -= t[i];
        }
        return r;
    }

    @Override
    public String name() {
        return "least-squares";
    }

    @Override
    public int rows() {
        return 1;
    }

    @Override
    public int cols() {
        return d;
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
        double[] r = residual(w);
        return Mat.dot(r, r) / n;
    }

    @Override
    public void gradient(double[] w, double[] out) {
        double[] r = residual(w);
        for (int j = 0; j < d; j++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += x[i * d + j] * r[i];
            }
            out[j] = 2 * s / n;
        }
    }

    @Override
    public boolean stochastic() {
        return n > 1;
    }

    @Override
    public void sampleGradient(double[] w, double[] out, int batch, RandomGenerator rng) {
        if (batch <= 0 || batch >= n) {
            gradient(w, out);
            return;
        }
        int[] idx = Sampling.withoutReplacement(n, batch, rng);
        java.util.Arrays.fill(out, 0, d, 0);
        for (int i : idx) {
            double r = -t[i];
            for (int j = 0; j < d; j++) {
                r += x[i * d + j] * w[j];
            }
            for (int j = 0; j < d; j++) {
                out[j] += 2 * x[i * d + j] * r / batch;
            }
        }
    }

    @Override
    public Optional<QuadraticForm> quadraticForm() {
        double[] h = new double[d * d];
        Mat.transposeTimes(x, h, n, d);
        for (int i = 0; i < h.length; i++) {
            h[i] *= 2.0 / n;
        }
        double[] b = Mat.apply(Mat.transpose(x, n, d), t, d, n);
        for (int j = 0; j < d; j++) {
            b[j] *= 2.0 / n;
        }
        return Optional.of(new QuadraticForm(h, b, Mat.dot(t, t) / n, d));
    }

    @Override
    public Optional<double[]> minimiser() {
        return Optional.of(solutions.minNorm().clone());
    }

    @Override
    public Optional<SolutionSet> solutionSet() {
        return Optional.of(solutions);
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }
}
