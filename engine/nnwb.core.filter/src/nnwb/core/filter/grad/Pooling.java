package nnwb.core.filter.grad;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nnwb.core.conv.AxisSpec;
import nnwb.core.conv.ConvCalculator;
import nnwb.core.conv.ConvKind;
import nnwb.core.conv.LayerResult;
import nnwb.core.conv.LayerSpec;
import nnwb.core.conv.PaddingMode;
import nnwb.core.filter.Matrix;

/**
 * Max and average pooling of a matrix with a square window, forward and backward, without padding; the output
 * size and validation are the conv-arithmetic engine's (pooling kind).
 * <p>
 * Backward: max pooling sends all of each output's gradient to the input cell that was the maximum of its
 * window; on a tie, to the first maximum in row-major order (top row first, then left to right), as PyTorch's
 * CPU kernel does. Average pooling sends {@code dY / size^2} to every cell of the window. Where windows overlap
 * (stride below size) a cell receives the sum of its shares; cells no window covers receive 0.
 * Routes are listed for matrices of at most {@link #MAX_ROUTED_CELLS} cells (the small examples they explain).
 */
public final class Pooling {

    /** The largest input, in cells, whose routes are listed; larger inputs get only {@code dX}. */
    public static final int MAX_ROUTED_CELLS = 65_536;

    private Pooling() {
    }

    /** The pooled matrix. */
    public static Matrix forward(Matrix x, PoolKind kind, int size, int stride) {
        return backward(x, kind, size, stride, null).output();
    }

    /**
     * The backward pass for upstream gradient {@code dY} (the output's shape); {@code dY == null} computes only
     * the forward output (dX then zero, no routes).
     */
    public static PoolGrad backward(Matrix x, PoolKind kind, int size, int stride, Matrix dY) {
        int[] out = outputShape(x, size, stride);
        if (dY != null && (dY.rows() != out[0] || dY.cols() != out[1])) {
            throw new IllegalArgumentException("the upstream gradient dY is " + dY.rows() + " x " + dY.cols()
                    + " but the pooled output is " + out[0] + " x " + out[1]);
        }
        double[] y = new double[out[0] * out[1]];
        double[] dX = new double[x.rows() * x.cols()];
        List<PoolRoute> routes = new ArrayList<>();
        double area = (double) size * size;
        boolean listRoutes = dY != null && (long) x.rows() * x.cols() <= MAX_ROUTED_CELLS;
        for (int i = 0; i < out[0]; i++) {
            for (int j = 0; j < out[1]; j++) {
                double g = dY == null ? 0 : dY.get(i, j);
                int r0 = i * stride;
                int c0 = j * stride;
                if (kind == PoolKind.MAX) {
                    int best = argmax(x, r0, c0, size);
                    y[i * out[1] + j] = x.get(best / x.cols(), best % x.cols());
                    dX[best] += g;
                    if (listRoutes) {
                        routes.add(new PoolRoute(i, j, best / x.cols(), best % x.cols(), g));
                    }
                } else {
                    double s = 0;
                    for (int r = r0; r < r0 + size; r++) {
                        for (int c = c0; c < c0 + size; c++) {
                            s += x.get(r, c);
                            dX[r * x.cols() + c] += g / area;
                            if (listRoutes) {
                                routes.add(new PoolRoute(i, j, r, c, g / area));
                            }
                        }
                    }
                    y[i * out[1] + j] = s / area;
                }
            }
        }
        return new PoolGrad(Matrix.ofRowMajor(out[0], out[1], y), Matrix.ofRowMajor(x.rows(), x.cols(), dX), routes);
    }

    /** The row-major index of the first largest value of the window at {@code (r0, c0)}. */
    private static int argmax(Matrix x, int r0, int c0, int size) {
        int best = r0 * x.cols() + c0;
        double max = x.get(r0, c0);
        for (int r = r0; r < r0 + size; r++) {
            for (int c = c0; c < c0 + size; c++) {
                if (x.get(r, c) > max) {
                    max = x.get(r, c);
                    best = r * x.cols() + c;
                }
            }
        }
        return best;
    }

    /** {rows, cols} of the pooled output, from the conv engine. */
    static int[] outputShape(Matrix x, int size, int stride) {
        LayerResult r = ConvCalculator.analyze(LayerSpec.of(ConvKind.POOL, PaddingMode.ZERO,
                AxisSpec.of(x.cols(), size, stride, 0), AxisSpec.of(x.rows(), size, stride, 0)));
        if (!r.valid()) {
            throw new IllegalArgumentException("pooling: " + r.problems().stream()
                    .map(p -> (p.axis() < 0 ? "" : r.spec().axisName(p.axis()) + ": ") + p.message())
                    .collect(Collectors.joining("; ")));
        }
        return new int[] {(int) r.axes().get(1).outputSize(), (int) r.axes().get(0).outputSize()};
    }
}
