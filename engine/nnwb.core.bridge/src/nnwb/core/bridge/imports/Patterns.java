package nnwb.core.bridge.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.bridge.onnx.OnnxNode;

/**
 * Finds the node patterns that exporters write for one PyTorch layer: {@code x * Sigmoid(x)} (SiLU),
 * {@code x * HardSigmoid(x)} (hard swish before opset 14), {@code x * 0.5 * (1 + Erf(x / sqrt 2))} (GELU
 * before opset 20) and {@code MatMul + Add} of a bias (a linear layer). Each match is a {@link Fusion} keyed by
 * its last node; the other nodes of a match are absorbed. A pattern matches only when its inner tensors have
 * no other reader.
 */
final class Patterns {

    private static final double TOLERANCE = 1e-3;

    private final GraphIndex index;
    private final TensorFacts facts;
    private final Map<OnnxNode, Fusion> byLast = new HashMap<>();
    private final Map<OnnxNode, Fusion> byMember = new HashMap<>();

    private Patterns(GraphIndex index, TensorFacts facts) {
        this.index = index;
        this.facts = facts;
    }

    static Patterns find(List<OnnxNode> nodes, GraphIndex index, TensorFacts facts) {
        Patterns p = new Patterns(index, facts);
        for (OnnxNode n : nodes) {
            switch (n.opType()) {
                case "Mul" -> p.swish(n);
                case "Erf" -> p.gelu(n);
                case "Add" -> p.linear(n);
                default -> {
                }
            }
        }
        return p;
    }

    /** The fusion ending at {@code n}, or null. */
    Fusion endingAt(OnnxNode n) {
        return byLast.get(n);
    }

    /** True when {@code n} belongs to a fusion that ends at another node. */
    boolean absorbed(OnnxNode n) {
        Fusion f = byMember.get(n);
        return f != null && f.last() != n;
    }

    private void add(Fusion f) {
        byLast.put(f.last(), f);
        f.absorbed().forEach(n -> byMember.put(n, f));
    }

    private boolean onlyReader(String tensor, OnnxNode reader) {
        List<OnnxNode> c = index.consumers(tensor);
        return c.size() == 1 && c.get(0) == reader;
    }

    private void swish(OnnxNode mul) {
        for (int side = 0; side < 2; side++) {
            String x = mul.input(side);
            String gate = mul.input(1 - side);
            OnnxNode g = index.producer(gate);
            if (g == null || !g.input(0).equals(x) || !onlyReader(gate, mul)) {
                continue;
            }
            if (g.opType().equals("Sigmoid")) {
                add(new Fusion("silu", List.of(), x, List.of(g, mul)));
                return;
            }
            if (g.opType().equals("HardSigmoid") && OpMapper.torchHardSigmoid(g)) {
                add(new Fusion("hardswish", List.of(), x, List.of(g, mul)));
                return;
            }
        }
    }

    /** Div(x, sqrt 2) -> Erf -> Add(1) -> Mul(x, .) -> Mul(., 0.5), the multiplications in either order. */
    private void gelu(OnnxNode erf) {
        OnnxNode div = index.producer(erf.input(0));
        if (div == null || !div.opType().equals("Div") || !near(facts.scalar(div.input(1)), Math.sqrt(2))
                || !onlyReader(div.output0(), erf) || !onlyReader(erf.output0(), oneReader(erf.output0()))) {
            return;
        }
        String x = div.input(0);
        OnnxNode plus = oneReader(erf.output0());
        if (plus == null || !plus.opType().equals("Add") || !near(constantOther(plus, erf.output0()), 1)) {
            return;
        }
        OnnxNode m1 = oneReader(plus.output0());
        if (m1 == null || !m1.opType().equals("Mul")) {
            return;
        }
        OnnxNode m2 = oneReader(m1.output0());
        boolean xFirst = m1.inputs().contains(x);
        if (m2 == null || !m2.opType().equals("Mul")) {
            return;
        }
        if (xFirst && near(constantOther(m2, m1.output0()), 0.5)) {
            add(new Fusion("gelu", List.of(), x, List.of(div, erf, plus, m1, m2)));
        }
    }

    /** Add(MatMul(x, W), b) with a constant 2D W and a constant b: one fc layer with its bias. */
    private void linear(OnnxNode add) {
        for (int side = 0; side < 2; side++) {
            OnnxNode mm = index.producer(add.input(side));
            String bias = add.input(1 - side);
            if (mm != null && mm.opType().equals("MatMul") && facts.isConstant(bias) && facts.isConstant(mm.input(1))
                    && !facts.isConstant(mm.input(0)) && onlyReader(mm.output0(), add)) {
                long[] w = facts.dims(mm.input(1));
                if (w != null && w.length == 2) {
                    add(new Fusion("fc", List.of(Long.toString(w[1])), mm.input(0), List.of(mm, add)));
                    return;
                }
            }
        }
    }

    private OnnxNode oneReader(String tensor) {
        List<OnnxNode> c = index.consumers(tensor);
        return c.size() == 1 ? c.get(0) : null;
    }

    /** The scalar constant that {@code n} combines with {@code tensor}, or null. */
    private Double constantOther(OnnxNode n, String tensor) {
        if (n.inputs().size() != 2) {
            return null;
        }
        String other = n.input(0).equals(tensor) ? n.input(1) : n.input(1).equals(tensor) ? n.input(0) : null;
        return other == null ? null : facts.scalar(other);
    }

    private static boolean near(Double v, double target) {
        return v != null && Math.abs(v - target) < TOLERANCE;
    }
}
