package nnwb.core.memory;

import nnwb.core.graph.Graph;
import nnwb.core.cost.LayerCost;
import nnwb.core.graph.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnwb.core.model.Finding;
import nnwb.core.model.LayerKind;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.PolyFormat;

/**
 * Computes the {@link MemoryReport}: assigns activation buffers (views and
 * in-place layers share their input's), finds each buffer's last reader, sweeps
 * the layers once to find the peak of live values, and sums what training keeps (the {@code textbook}
 * convention); then asks every {@link MemoryConvention} for its count.
 */
public final class MemoryPlanner {

    private MemoryPlanner() {
    }

    public static MemoryReport plan(Graph g, List<LayerCost> costs, DType dtype, Poly batch, PolyFormat f, List<Finding> findings) {
        List<Node> nodes = g.nodes();
        int n = nodes.size();
        int[] readers = new int[n];
        for (Node x : nodes) {
            for (Node i : x.inputs()) {
                readers[i.index()]++;
            }
        }
        int[] buf = new int[n];
        List<Poly> size = new ArrayList<>();
        List<Integer> start = new ArrayList<>();
        List<Integer> end = new ArrayList<>();
        Poly stored = Poly.ZERO;
        Poly params = Poly.ZERO;
        Poly buffers = Poly.ZERO;
        for (Node x : nodes) {
            LayerCost c = costs.get(x.index());
            params = params.add(c.params().multiply(x.multiplier()));
            buffers = buffers.add(c.buffers().multiply(x.multiplier()));
            Node in = x.inputs().isEmpty() ? null : x.inputs().get(0);
            boolean alias = in != null && (x.kind() == LayerKind.FLATTEN
                    || x.kind().elementwise() && readers[in.index()] == 1 && !in.isInput());
            if (alias) {
                buf[x.index()] = buf[in.index()];
            } else {
                buf[x.index()] = size.size();
                Poly values = x.outputShape().elements();
                size.add(values);
                start.add(x.index());
                end.add(x.index());
                stored = stored.add(values.multiply(x.multiplier()));
            }
            for (Node i : x.inputs()) {
                end.set(buf[i.index()], Math.max(end.get(buf[i.index()]), x.index()));
            }
        }
        if (n > 0) {
            end.set(buf[n - 1], n - 1);
        }
        Peak peak = peak(nodes, size, start, end, findings, g);
        MemoryReport textbook = report(params, buffers, peak, stored, dtype, batch, f);
        return textbook.withConventions(MemoryConventions.estimate(new MemoryInputs(g, costs, dtype, batch, f, textbook)));
    }

    private record Peak(Poly values, String layer) {
    }

    private static Peak peak(List<Node> nodes, List<Poly> size, List<Integer> start, List<Integer> end, List<Finding> findings, Graph g) {
        int n = nodes.size();
        List<List<Integer>> startsAt = new ArrayList<>();
        List<List<Integer>> endsAt = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            startsAt.add(new ArrayList<>());
            endsAt.add(new ArrayList<>());
        }
        for (int b = 0; b < size.size(); b++) {
            startsAt.get(start.get(b)).add(b);
            endsAt.get(end.get(b)).add(b);
        }
        Poly live = Poly.ZERO;
        Poly best = Poly.ZERO;
        String bestLayer = n == 0 ? "" : nodes.get(0).name();
        boolean uncertain = false;
        for (int t = 0; t < n; t++) {
            for (int b : startsAt.get(t)) {
                live = live.add(size.get(b));
            }
            if (!best.dominates(live)) {
                if (!live.dominates(best)) {
                    uncertain = true;
                }
                if (live.dominates(best) || larger(live, best)) {
                    best = live;
                    bestLayer = nodes.get(t).name();
                }
            }
            for (int b : endsAt.get(t)) {
                live = live.subtract(size.get(b));
            }
        }
        if (uncertain) {
            findings.add(Finding.info(g.nodes().get(0).pos(), "which layer has the memory peak depends on the symbol values; "
                    + "the peak shown is the one that is largest when every symbol is large"));
        }
        return new Peak(best, bestLayer);
    }

    /** Compares two polynomials with every symbol set to 1000. */
    private static boolean larger(Poly a, Poly b) {
        Map<String, Poly> big = new java.util.HashMap<>();
        for (String v : a.add(b).variables()) {
            big.put(v, Poly.of(1000));
        }
        return a.substitute(big).constant().compareTo(b.substitute(big).constant()) > 0;
    }

    private static MemoryReport report(Poly params, Poly buffers, Peak peak, Poly stored, DType dtype, Poly batch, PolyFormat f) {
        Poly bytes = Poly.of(dtype.bytes());
        String unit = " × " + dtype.bytes() + " B (" + dtype.label() + ")";
        Poly model = params.add(buffers);
        String modelLine = "parameters " + f.format(params) + " + buffers " + f.format(buffers) + " = " + f.format(model) + " values" + unit
                + " = " + f.format(model.multiply(bytes)) + " B";
        MemoryEstimate inference = new MemoryEstimate(model.multiply(bytes), peak.values().multiply(bytes), batch,
                "weights: " + modelLine + "\n"
                        + "peak live activations (while computing " + peak.layer() + "): " + f.format(peak.values()) + " values per example" + unit
                        + " = " + f.format(peak.values().multiply(bytes)) + " B\n"
                        + total(model.multiply(bytes), peak.values().multiply(bytes), batch, f));
        MemoryEstimate[] train = new MemoryEstimate[3];
        String[] names = {"SGD", "momentum", "Adam"};
        for (int k = 0; k <= 2; k++) {
            Poly fixedValues = model.add(params).add(params.multiply(k));
            train[k] = new MemoryEstimate(fixedValues.multiply(bytes), stored.multiply(bytes), batch,
                    "weights: " + modelLine + "\n"
                            + "gradients: one per parameter = " + f.format(params) + " values\n"
                            + "optimizer state (" + names[k] + ", " + k + " value" + (k == 1 ? "" : "s") + " per parameter): "
                            + f.format(params.multiply(k)) + " values\n"
                            + "fixed: " + f.format(fixedValues) + " values" + unit + " = " + f.format(fixedValues.multiply(bytes)) + " B\n"
                            + "stored activations (every layer output and the input, kept for the backward pass): " + f.format(stored)
                            + " values per example" + unit + " = " + f.format(stored.multiply(bytes)) + " B\n"
                            + total(fixedValues.multiply(bytes), stored.multiply(bytes), batch, f));
        }
        return new MemoryReport(params, buffers, peak.values(), peak.layer(), stored, inference, train[0], train[1], train[2], Map.of());
    }

    private static String total(Poly fixed, Poly perExample, Poly batch, PolyFormat f) {
        String per = perExample.terms().size() > 1 ? "(" + f.format(perExample) + ")" : f.format(perExample);
        return "total = " + f.format(fixed) + " + " + f.format(batch) + " × " + per + " = "
                + f.format(fixed.add(batch.multiply(perExample))) + " B";
    }
}
