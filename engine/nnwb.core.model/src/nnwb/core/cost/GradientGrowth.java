package nnwb.core.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nnwb.core.graph.Graph;
import nnwb.core.graph.Node;
import nnwb.core.model.LayerKind;

/**
 * Berkeley HW4 2(f)-(g): intermediate backpropagated gradients of a stack of dense layers
 * {@code x_{n+1} = c_n W_n x_n} with unit-scaled weights (N(0,1) entries) and the Xavier constant of 2(b),
 * {@code c_n = 1/sqrt(d_in)}, no activations. Backward, {@code grad x_n = c_n W_n^T grad x_{n+1}}.
 * <ul>
 * <li>Rank 1 (the sheet's setting: spectral norm = Frobenius norm, each entry of unit size, the gradient along the
 * top singular vector): {@code ||W^T g|| = sqrt(d_in d_out) ||g||}, so every layer multiplies the gradient norm by
 * {@code c_n sqrt(d_in d_out) = sqrt(d_out)}: it explodes as it flows back. Multiplying each backpropagated gradient
 * by {@code 1/sqrt(d_out)} (the fix) keeps it at its output size.</li>
 * <li>Full rank N(0,1), for contrast: {@code E||c W^T g||^2 = c^2 d_in ||g||^2 = ||g||^2}, the norm stays (in
 * root mean square) and the same fix would make it vanish by {@code 1/sqrt(d_out)} per layer.</li>
 * </ul>
 * The gradient at the network output has norm 1. Closed forms, and one seeded sample with explicit matrices: rank 1
 * as {@code W_n = u_n v_n^T} with random signs, {@code u_n = v_{n+1}} (each layer meets the gradient along its top
 * singular vector, as the sheet assumes); full rank with N(0,1) entries and a random output gradient direction.
 */
public final class GradientGrowth {

    /** One dense layer of the stack. */
    public record Layer(String name, int dIn, int dOut) {

        public Layer {
            if (dIn < 1 || dOut < 1) {
                throw new IllegalArgumentException(name + ": widths must be >= 1, got " + dIn + " -> " + dOut);
            }
        }
    }

    /**
     * One layer's row: {@code ||grad x_n||}, the gradient with respect to the layer's input, when the gradient at the
     * network output has norm 1; closed form and seeded sample, without and with the 1/sqrt(d_out) fix.
     */
    public record Row(String name, int dIn, int dOut, double scale, double growth, double rank1, double rank1Sampled,
            double rank1Fixed, double rank1FixedSampled, double fullRank, double fullRankSampled, double fullRankFixed,
            double fullRankFixedSampled) {
    }

    /** Largest width sampled (a full-rank sample holds d_in x d_out values per layer). */
    public static final int MAX_WIDTH = 4096;
    /** Most weights sampled over the whole stack (each sampled twice: rank 1 and full rank). */
    public static final long MAX_WEIGHTS = 8L << 20;

    private GradientGrowth() {
    }

    /**
     * The fully connected layers of {@code g} in order, as a stack (activations and other layers ignored, as in the
     * sheet's linear setting).
     *
     * @throws IllegalArgumentException when the graph has no fully connected layer, a convolution, or symbolic sizes
     */
    public static List<Layer> stack(Graph g) {
        List<Layer> out = new ArrayList<>();
        for (Node x : g.nodes()) {
            if (x.kind() == LayerKind.CONV || x.kind() == LayerKind.CONV_TRANSPOSE) {
                throw new IllegalArgumentException("gradient growth is for stacks of dense layers; " + x.name() + " is a "
                        + x.type());
            }
            if (x.kind() == LayerKind.FC) {
                double in = InitVariance.fanIn(x);
                double o = InitVariance.fanOut(x);
                if (in > MAX_WIDTH || o > MAX_WIDTH) {
                    throw new IllegalArgumentException("gradient growth samples widths up to " + MAX_WIDTH + "; " + x.name()
                            + " is " + (long) in + " -> " + (long) o);
                }
                out.add(new Layer(x.name(), (int) in, (int) o));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("the network has no fully connected layer");
        }
        return out;
    }

    /** Closed forms and a sample with {@code seed}, rows input side first. */
    public static List<Row> of(List<Layer> layers, long seed) {
        int n = layers.size();
        for (int i = 0; i + 1 < n; i++) {
            if (layers.get(i).dOut() != layers.get(i + 1).dIn()) {
                throw new IllegalArgumentException(layers.get(i + 1).name() + " reads " + layers.get(i + 1).dIn()
                        + " values but " + layers.get(i).name() + " gives " + layers.get(i).dOut());
            }
        }
        long weights = layers.stream().mapToLong(l -> (long) l.dIn() * l.dOut()).sum();
        if (weights > MAX_WEIGHTS) {
            throw new IllegalArgumentException("the dense layers hold " + weights + " weights; the sample takes at most "
                    + MAX_WEIGHTS);
        }
        Random rnd = new Random(seed);
        // rank 1: v_n random signs of length d_in; u_n = v_{n+1}, the last u random signs of length d_out
        List<double[]> v = new ArrayList<>();
        for (Layer l : layers) {
            v.add(signs(rnd, l.dIn()));
        }
        double[] uLast = signs(rnd, layers.get(n - 1).dOut());
        List<double[][]> rank1 = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rank1.add(outer(i + 1 < n ? v.get(i + 1) : uLast, v.get(i)));
        }
        List<double[][]> gauss = new ArrayList<>();
        for (Layer l : layers) {
            double[][] w = new double[l.dOut()][l.dIn()];
            for (double[] row : w) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = rnd.nextGaussian();
                }
            }
            gauss.add(w);
        }
        double[] gRank1 = unit(uLast);
        double[] gGauss = new double[layers.get(n - 1).dOut()];
        for (int j = 0; j < gGauss.length; j++) {
            gGauss[j] = rnd.nextGaussian();
        }
        gGauss = unit(gGauss);
        double[] r1 = backprop(rank1, gRank1, false);
        double[] r1f = backprop(rank1, gRank1, true);
        double[] fr = backprop(gauss, gGauss, false);
        double[] frf = backprop(gauss, gGauss, true);
        List<Row> rows = new ArrayList<>();
        double grow = 1;
        double shrink = 1;
        double[] closedGrow = new double[n];
        double[] closedShrink = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            grow *= Math.sqrt(layers.get(i).dOut());
            shrink /= Math.sqrt(layers.get(i).dOut());
            closedGrow[i] = grow;
            closedShrink[i] = shrink;
        }
        for (int i = 0; i < n; i++) {
            Layer l = layers.get(i);
            rows.add(new Row(l.name(), l.dIn(), l.dOut(), 1 / Math.sqrt(l.dIn()), Math.sqrt(l.dOut()), closedGrow[i], r1[i], 1,
                    r1f[i], 1, fr[i], closedShrink[i], frf[i]));
        }
        return rows;
    }

    /**
     * Backpropagates {@code gOut} through the layers {@code weights} ([d_out][d_in] each, input side first) as
     * {@code g_n = c_n W_n^T g_{n+1}} with {@code c_n = 1/sqrt(d_in)}, with the fix also times {@code 1/sqrt(d_out)};
     * returns {@code ||g_n||} for every layer's input.
     */
    public static double[] backprop(List<double[][]> weights, double[] gOut, boolean fix) {
        int n = weights.size();
        double[] norms = new double[n];
        double[] g = gOut.clone();
        for (int i = n - 1; i >= 0; i--) {
            double[][] w = weights.get(i);
            int dOut = w.length;
            int dIn = w[0].length;
            if (g.length != dOut) {
                throw new IllegalArgumentException("layer " + i + " gives " + dOut + " values, the gradient has " + g.length);
            }
            double c = 1 / Math.sqrt(dIn) * (fix ? 1 / Math.sqrt(dOut) : 1);
            double[] next = new double[dIn];
            for (int r = 0; r < dOut; r++) {
                double gr = g[r];
                double[] row = w[r];
                for (int j = 0; j < dIn; j++) {
                    next[j] += row[j] * gr;
                }
            }
            for (int j = 0; j < dIn; j++) {
                next[j] *= c;
            }
            g = next;
            norms[i] = norm(g);
        }
        return norms;
    }

    private static double[] signs(Random rnd, int d) {
        double[] s = new double[d];
        for (int i = 0; i < d; i++) {
            s[i] = rnd.nextBoolean() ? 1 : -1;
        }
        return s;
    }

    private static double[][] outer(double[] u, double[] v) {
        double[][] w = new double[u.length][v.length];
        for (int r = 0; r < u.length; r++) {
            for (int c = 0; c < v.length; c++) {
                w[r][c] = u[r] * v[c];
            }
        }
        return w;
    }

    private static double[] unit(double[] x) {
        double s = norm(x);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] / s;
        }
        return out;
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
