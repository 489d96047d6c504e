package nnwb.core.optim.problem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import nnwb.core.optim.linalg.Mat;

/**
 * A seeded matrix regression for SignSGD and Muon: a layer {@code W (d_out×d_in)} fitted to
 * {@code Y = W_true·X} over {@code n} samples, loss {@code (1/2n)·‖WX − Y‖²_F}, gradient
 * {@code (1/n)(WX − Y)Xᵀ}; {@code W_true} and the columns of {@code X} are standard normal from the
 * seed. A batch of B samples (columns, without replacement) gives a gradient of rank at most B, so
 * batch 1 gives the rank-1 gradient of the Berkeley sheet. The forward multiplier {@code c} of
 * {@code y = c·W·x} (default {@code 1/√d_in}) sets the spectral-norm budget of an update.
 */
public final class MuonMatrix implements Problem {

    static final List<ProblemOption> OPTIONS = List.of(
            ProblemOption.of("dout", "8", "rows d_out of W"),
            ProblemOption.of("din", "4", "columns d_in of W"),
            ProblemOption.of("samples", "16", "number n of training samples", "n"),
            ProblemOption.of("seed", "1", "seed of W_true and X"),
            ProblemOption.of("c", "auto", "forward multiplier in y = c·W·x (auto: 1/√d_in)"),
            ProblemOption.of("start", "", "starting W, row-major (default zero)"));

    private final int dout;
    private final int din;
    private final int n;
    private final double c;
    private final double[] x;
    private final double[] y;
    private final double[] truth;
    private final double[] start;
    private final Map<String, Object> settings;

    /** From options {@code dout}, {@code din}, {@code samples}, {@code seed}, {@code c}, {@code start}. */
    public MuonMatrix(ProblemOptions o) {
        dout = o.integer("dout", 1, 256);
        din = o.integer("din", 1, 256);
        n = o.integer("samples", 1, 4096);
        if ((long) dout * din * n > 4_000_000L) {
            throw new IllegalArgumentException("muon-matrix: d_out·d_in·samples must be at most 4000000, got " + (long) dout * din * n);
        }
        long seed = o.integer("seed", 0, Integer.MAX_VALUE);
        if (o.text("c").equals("auto")) {
            c = 1 / Math.sqrt(din);
            o.record("c", c);
        } else {
            c = o.positive("c");
        }
        start = o.start(dout * din, new double[dout * din]);
        settings = o.settings();
        SplittableRandom rng = new SplittableRandom(seed);
        truth = gaussian(dout * din, rng);
        x = gaussian(din * n, rng);
        y = new double[dout * n];
        Mat.multiply(truth, x, y, dout, din, n);
    }

    private static double[] gaussian(int k, RandomGenerator rng) {
        double[] v = new double[k];
        for (int i = 0; i < k; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    /** The forward multiplier c. */
    public double multiplier() {
        return c;
    }

    /**
     * The largest spectral norm of an update ΔW that keeps the RMS of {@code Δy = c·ΔW·x} at most 1 for
     * any x of RMS 1: {@code ‖Δy‖ ≤ c·‖ΔW‖₂·‖x‖} with {@code ‖x‖ = √d_in} and {@code ‖Δy‖ ≤ √d_out}
     * give {@code ‖ΔW‖₂ ≤ √d_out/(c·√d_in)}.
     */
    public double spectralBudget() {
        return Math.sqrt(dout) / (c * Math.sqrt(din));
    }

    /** The exact gradient at {@code W} for a batch drawn with the given seed (batch 0: all samples). */
    public double[] batchGradient(double[] w, int batch, long seed) {
        double[] g = new double[dout * din];
        sampleGradient(w, g, batch, new SplittableRandom(seed));
        return g;
    }

    @Override
    public String name() {
        return "muon-matrix";
    }

    @Override
    public int rows() {
        return dout;
    }

    @Override
    public int cols() {
        return din;
    }

    @Override
    public String paramName(int i) {
        return "W" + (i / din + 1) + "_" + (i % din + 1);
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    @Override
    public double loss(double[] w) {
        double[] r = new double[dout * n];
        Mat.multiply(w, x, r, dout, din, n);
        double s = 0;
        for (int i = 0; i < r.length; i++) {
            double e = r[i] - y[i];
            s += e * e;
        }
        return s / (2 * n);
    }

    @Override
    public void gradient(double[] w, double[] out) {
        accumulate(w, out, null);
    }

    private void accumulate(double[] w, double[] out, int[] cols) {
        java.util.Arrays.fill(out, 0, dout * din, 0);
        int count = cols == null ? n : cols.length;
        for (int k = 0; k < count; k++) {
            int s = cols == null ? k : cols[k];
            for (int i = 0; i < dout; i++) {
                double r = -y[i * n + s];
                for (int j = 0; j < din; j++) {
                    r += w[i * din + j] * x[j * n + s];
                }
                for (int j = 0; j < din; j++) {
                    out[i * din + j] += r * x[j * n + s] / count;
                }
            }
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
        } else {
            accumulate(w, out, Sampling.withoutReplacement(n, batch, rng));
        }
    }

    @Override
    public Optional<QuadraticForm> quadraticForm() {
        int d = dout * din;
        if (d > 400) {
            return Optional.empty();
        }
        double[] xx = new double[din * din];
        Mat.timesTranspose(x, xx, din, n);
        double[] h = new double[d * d];
        double[] b = new double[d];
        double yy = 0;
        for (int i = 0; i < dout; i++) {
            for (int j = 0; j < din; j++) {
                for (int k = 0; k < din; k++) {
                    h[(i * din + j) * d + i * din + k] = xx[j * din + k] / n;
                }
                double s = 0;
                for (int m = 0; m < n; m++) {
                    s += y[i * n + m] * x[j * n + m];
                }
                b[i * din + j] = s / n;
            }
        }
        for (double v : y) {
            yy += v * v;
        }
        return Optional.of(new QuadraticForm(h, b, yy / (2 * n), d));
    }

    @Override
    public Optional<double[]> minimiser() {
        return n >= din ? Optional.of(truth.clone()) : Optional.empty();
    }

    @Override
    public Map<String, Object> settings() {
        return settings;
    }
}
