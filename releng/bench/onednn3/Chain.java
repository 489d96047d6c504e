import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One training step's kernel calls in order (forward, then backward in reverse), run as a chain STEPS times
 * after WARMUP, each call timed on its own (System.nanoTime around it) and the whole chain too. Reports the
 * median per call and the median step; appends rows "impl model batch layer kind ms boundary" to a TSV.
 */
final class Chain {

    record Op(String layer, String kind, boolean boundary, Runnable run) {
    }

    final String impl;
    final String model;
    final int batch;
    final List<Op> ops = new ArrayList<>();

    Chain(String impl, String model, int batch) {
        this.impl = impl;
        this.model = model;
        this.batch = batch;
    }

    void add(String layer, String kind, boolean boundary, Runnable run) {
        ops.add(new Op(layer, kind, boundary, run));
    }

    /** Runs and reports; returns {median kernel ms per step, median boundary ms per step}. */
    double[] measure(int warmup, int steps, Path tsv) throws IOException {
        for (int i = 0; i < warmup; i++) {
            for (Op op : ops) {
                op.run.run();
            }
        }
        double[][] ms = new double[ops.size()][steps];
        double[] kernels = new double[steps];
        double[] boundary = new double[steps];
        for (int s = 0; s < steps; s++) {
            for (int i = 0; i < ops.size(); i++) {
                long t0 = System.nanoTime();
                ops.get(i).run.run();
                double t = (System.nanoTime() - t0) / 1e6;
                ms[i][s] = t;
                if (ops.get(i).boundary) {
                    boundary[s] += t;
                } else {
                    kernels[s] += t;
                }
            }
        }
        System.out.printf("%n%s, %s, batch %d: %d steps after %d, median per call%n", impl, model, batch, steps, warmup);
        System.out.println("| layer | call | ms |");
        System.out.println("|---|---|---:|");
        try (PrintWriter w = tsv == null ? null : new PrintWriter(Files.newBufferedWriter(tsv,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            for (int i = 0; i < ops.size(); i++) {
                Op op = ops.get(i);
                double m = median(ms[i]);
                System.out.printf("| %s | %s%s | %.3f |%n", op.layer, op.kind, op.boundary ? " (boundary)" : "", m);
                if (w != null) {
                    w.printf("%s\t%s\t%d\t%s\t%s\t%.4f\t%s%n", impl, model, batch, op.layer, op.kind, m, op.boundary);
                }
            }
            double k = median(kernels);
            double b = median(boundary);
            System.out.printf("| all | kernels per step (median of steps) | %.3f |%n", k);
            System.out.printf("| all | boundary reorders per step | %.3f |%n", b);
            if (w != null) {
                w.printf("%s\t%s\t%d\tALL\tkernels\t%.4f\tfalse%n", impl, model, batch, k);
                w.printf("%s\t%s\t%d\tALL\tboundary\t%.4f\ttrue%n", impl, model, batch, b);
            }
            return new double[] {k, b};
        }
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
