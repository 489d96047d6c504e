package nnwb.core.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Points inside the declared domains, from a fixed seed: random points (short decimals, so
 * that a reported point is exactly the one evaluated), small "nice" points for naming a
 * difference, and every point of a small finite (integer) domain.
 */
final class Sampler {

    private static final MathContext THREE = new MathContext(3);

    private final List<Symbol> symbols;
    private final SplittableRandom random;

    Sampler(List<Symbol> symbols, long seed) {
        this.symbols = List.copyOf(symbols);
        this.random = new SplittableRandom(seed);
    }

    /** A random point, one value per symbol. */
    double[] next() {
        double[] x = new double[symbols.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = value(symbols.get(i).domain());
        }
        return x;
    }

    private double value(Domain d) {
        return switch (d.kind()) {
            case REAL -> round(random.nextDouble(-10, 10));
            case POSITIVE -> round(Math.exp(random.nextDouble(Math.log(0.05), Math.log(20))));
            case INTEGER -> d.lo() + random.nextLong((long) (d.hi() - d.lo()) + 1);
            case INTERVAL -> inside(d, d.lo() + (d.hi() - d.lo()) * random.nextDouble(0.02, 0.98));
        };
    }

    private static double inside(Domain d, double v) {
        double r = round(v);
        return r > d.lo() && r < d.hi() ? r : v;
    }

    private static double round(double v) {
        return new BigDecimal(v).round(THREE).doubleValue();
    }

    /** The number of points of the whole domain when every symbol is an integer, else -1. */
    long finiteSize() {
        long n = 1;
        for (Symbol s : symbols) {
            long k = s.domain().size();
            if (k < 0 || n > Long.MAX_VALUE / k) {
                return -1;
            }
            n *= k;
        }
        return n;
    }

    /** Point number {@code index} of a finite domain (mixed radix over the symbols). */
    double[] enumerate(long index) {
        double[] x = new double[symbols.size()];
        for (int i = x.length - 1; i >= 0; i--) {
            Domain d = symbols.get(i).domain();
            long k = d.size();
            x[i] = d.lo() + index % k;
            index /= k;
        }
        return x;
    }

    /** Up to {@code max} points made of small values inside the domains (1, 2, 3, 1/2...), for naming a difference. */
    List<double[]> nice(int max) {
        List<double[]> candidates = new ArrayList<>();
        List<List<Double>> values = symbols.stream().map(s -> niceValues(s.domain())).toList();
        int[] idx = new int[symbols.size()];
        for (int total = 0; candidates.size() < max && total < 64; total++) {
            collect(values, idx, 0, total, candidates, max);
        }
        return candidates;
    }

    private static void collect(List<List<Double>> values, int[] idx, int i, int left, List<double[]> out, int max) {
        if (out.size() >= max) {
            return;
        }
        if (i == idx.length) {
            if (left == 0) {
                double[] x = new double[idx.length];
                for (int k = 0; k < idx.length; k++) {
                    x[k] = values.get(k).get(idx[k]);
                }
                out.add(x);
            }
            return;
        }
        for (int v = 0; v <= left && v < values.get(i).size(); v++) {
            idx[i] = v;
            collect(values, idx, i + 1, left - v, out, max);
        }
    }

    private static List<Double> niceValues(Domain d) {
        double[] preferred = {2, 3, 1, 4, 5, 0.5, 6, 7, -1, -2, 10, 0.25, 1.5, -3, 0};
        List<Double> out = new ArrayList<>();
        for (double v : preferred) {
            boolean in = switch (d.kind()) {
                case REAL -> true;
                case POSITIVE -> v > 0;
                case INTEGER -> v == Math.rint(v) && v >= d.lo() && v <= d.hi();
                case INTERVAL -> v > d.lo() && v < d.hi();
            };
            if (in) {
                out.add(v);
            }
        }
        if (d.kind() == Domain.Kind.INTEGER && out.size() < 3) {
            for (double v = d.lo(); v <= Math.min(d.hi(), d.lo() + 2); v++) {
                out.add(v);
            }
        }
        if (d.kind() == Domain.Kind.INTERVAL) {
            out.add(inside(d, d.lo() + (d.hi() - d.lo()) / 2));
            out.add(inside(d, d.lo() + (d.hi() - d.lo()) / 4));
        }
        return out;
    }
}
