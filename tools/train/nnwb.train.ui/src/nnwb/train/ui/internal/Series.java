package nnwb.train.ui.internal;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Arrays for charts from lists of metrics, thinned to at most {@link #MAX_POINTS} points so redraws stay cheap. */
public final class Series {

    static final int MAX_POINTS = 1500;

    private Series() {
    }

    static <T> double[][] of(List<T> items, ToDoubleFunction<T> x, ToDoubleFunction<T> y) {
        int n = items.size();
        int step = Math.max(1, (n + MAX_POINTS - 1) / MAX_POINTS);
        int m = (n + step - 1) / step;
        double[] xs = new double[m];
        double[] ys = new double[m];
        for (int i = 0, k = 0; i < n; i += step, k++) {
            int j = Math.min(n - 1, i + step - 1); // the last of each stride, so the newest point shows
            xs[k] = x.applyAsDouble(items.get(j));
            ys[k] = y.applyAsDouble(items.get(j));
        }
        return new double[][] {xs, ys};
    }

    /** Mebibytes, for memory axes (labels give exact bytes). */
    static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
