package nnwb.core.bridge.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nnwb.core.bridge.onnx.OnnxAttribute;
import nnwb.core.bridge.onnx.OnnxGraph;
import nnwb.core.bridge.onnx.OnnxNode;
import nnwb.core.bridge.onnx.OnnxTensor;
import nnwb.core.bridge.onnx.OnnxValueInfo;

/**
 * What is known of the tensors that are not data: weights (initializers, or graph inputs after the first when a
 * model was exported with {@code export_params=False}) with their dimensions, and small constants with their
 * values ({@code Constant} nodes, small initializers, and what {@code Identity}, {@code Cast} and
 * {@code Concat} make of them).
 */
final class TensorFacts {

    private final Set<String> constant = new HashSet<>();
    private final Map<String, long[]> dims = new HashMap<>();
    private final Map<String, double[]> values = new HashMap<>();

    static TensorFacts of(OnnxGraph g, String dataInput) {
        TensorFacts f = new TensorFacts();
        for (OnnxTensor t : g.initializers().values()) {
            f.put(t.name(), t.dims(), t.values());
        }
        for (OnnxValueInfo v : g.inputs()) {
            if (!v.name().equals(dataInput) && !g.initializers().containsKey(v.name())) {
                f.put(v.name(), v.numericDims(), null);
            }
        }
        for (OnnxNode n : g.nodes()) {
            f.fold(n);
        }
        return f;
    }

    private void put(String name, long[] d, double[] v) {
        constant.add(name);
        if (d != null) {
            dims.put(name, d);
        }
        if (v != null) {
            values.put(name, v);
        }
    }

    /** Records what a node makes of constants only. */
    private void fold(OnnxNode n) {
        if (n.opType().equals("Constant") && !n.outputs().isEmpty()) {
            constantNode(n);
            return;
        }
        List<String> ins = n.inputs().stream().filter(s -> !s.isEmpty()).toList();
        if (ins.isEmpty() || !ins.stream().allMatch(constant::contains) || n.outputs().isEmpty()) {
            return;
        }
        String out = n.outputs().get(0);
        switch (n.opType()) {
            case "Identity", "Cast" -> put(out, dims.get(ins.get(0)), values.get(ins.get(0)));
            case "Concat" -> put(out, null, concat(ins));
            case "Transpose" -> put(out, transposed(dims.get(ins.get(0)), n), null);
            default -> n.outputs().forEach(o -> put(o, null, null));
        }
    }

    /** The dimensions of a transposed weight ({@code Linear} without bias is MatMul by the transposed weight). */
    private static long[] transposed(long[] d, OnnxNode n) {
        if (d == null) {
            return null;
        }
        OnnxAttribute perm = n.attribute("perm");
        long[] r = new long[d.length];
        for (int i = 0; i < d.length; i++) {
            r[i] = d[perm == null ? d.length - 1 - i : perm.ints().get(i).intValue()];
        }
        return r;
    }

    private double[] concat(List<String> ins) {
        int total = 0;
        for (String s : ins) {
            if (values.get(s) == null) {
                return null;
            }
            total += values.get(s).length;
        }
        double[] r = new double[total];
        int at = 0;
        for (String s : ins) {
            double[] v = values.get(s);
            System.arraycopy(v, 0, r, at, v.length);
            at += v.length;
        }
        return r;
    }

    private void constantNode(OnnxNode n) {
        String out = n.outputs().get(0);
        OnnxAttribute a = n.attribute("value");
        if (a != null && a.t() != null) {
            put(out, a.t().dims(), a.t().values());
        } else if (n.attribute("value_float") != null) {
            put(out, new long[0], new double[] {n.attribute("value_float").f()});
        } else if (n.attribute("value_int") != null) {
            put(out, new long[0], new double[] {n.attribute("value_int").i()});
        } else if (n.attribute("value_ints") != null) {
            List<Long> l = n.attribute("value_ints").ints();
            put(out, new long[] {l.size()}, l.stream().mapToDouble(Long::doubleValue).toArray());
        } else if (n.attribute("value_floats") != null) {
            List<Float> l = n.attribute("value_floats").floats();
            put(out, new long[] {l.size()}, l.stream().mapToDouble(Float::doubleValue).toArray());
        } else {
            put(out, null, null);
        }
    }

    /** True for a weight or a constant (not computed from the network input). */
    boolean isConstant(String name) {
        return constant.contains(name);
    }

    /** The dimensions of a weight or constant, or null when the file does not give them. */
    long[] dims(String name) {
        return dims.get(name);
    }

    /** The values of a small constant, or null. */
    double[] values(String name) {
        return values.get(name);
    }

    /** The single value of a one-element constant, or null. */
    Double scalar(String name) {
        double[] v = values.get(name);
        return v != null && v.length == 1 ? v[0] : null;
    }
}
