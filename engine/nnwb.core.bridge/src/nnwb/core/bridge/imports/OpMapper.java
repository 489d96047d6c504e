package nnwb.core.bridge.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.bridge.onnx.OnnxAttribute;
import nnwb.core.bridge.onnx.OnnxNode;

/**
 * Maps one ONNX data node to {@code .nnet} lines: convolutions, pooling, normalisation, activations, fully
 * connected layers, merges, flatten, dropout, upsampling. A {@code Pad} before a convolution or pooling becomes
 * that layer's padding; {@code Identity} and a {@code Pad} so folded make no line. Anything else is an
 * {@link ImportException} naming the node and its operator.
 */
final class OpMapper {

    private final TensorFacts facts;
    private final GraphIndex index;
    private final long opset;
    /** Spatial padding a folded Pad adds to the layer that reads its output, by the Pad's output. */
    private final Map<String, long[]> pendingPads = new HashMap<>();
    /** Tensors that stand for another (Identity, a folded Pad), by name. */
    final Map<String, String> aliases = new HashMap<>();

    OpMapper(TensorFacts facts, GraphIndex index, long opset) {
        this.facts = facts;
        this.index = index;
        this.opset = opset;
    }

    /** The tensor {@code t} stands for once aliases are followed. */
    String resolve(String t) {
        String r = t;
        while (aliases.containsKey(r)) {
            r = aliases.get(r);
        }
        return r;
    }

    /** The lines for {@code n} (none for an alias). */
    List<NnetLayer> map(OnnxNode n) throws ImportException {
        if (!n.domain().isEmpty() && !n.domain().equals("ai.onnx")) {
            throw unsupported(n, "operators of domain '" + n.domain() + "' are not part of ONNX");
        }
        String x = n.input(0);
        return switch (n.opType()) {
            case "Conv" -> one(n, "conv", conv(n, false), x);
            case "ConvTranspose" -> one(n, "convt", conv(n, true), x);
            case "MaxPool", "AveragePool" -> one(n, n.opType().equals("MaxPool") ? "maxpool" : "avgpool", pool(n), x);
            case "GlobalAveragePool" -> one(n, "gap", List.of(), x);
            case "ReduceMean" -> reduceMean(n);
            case "BatchNormalization" -> one(n, "batchnorm", List.of(), x);
            case "Relu" -> one(n, "relu", List.of(), x);
            case "Sigmoid" -> one(n, "sigmoid", List.of(), x);
            case "Tanh" -> one(n, "tanh", List.of(), x);
            case "HardSwish" -> one(n, "hardswish", List.of(), x);
            case "Gelu" -> one(n, "gelu", List.of(), x);
            case "HardSigmoid" -> {
                if (!torchHardSigmoid(n)) {
                    throw unsupported(n, "only PyTorch's hard sigmoid (alpha 1/6, beta 0.5) has a .nnet kind");
                }
                yield one(n, "hardsigmoid", List.of(), x);
            }
            case "LeakyRelu" -> one(n, "leaky_relu", List.of("slope=" + number(floatAttr(n, "alpha", 0.01f))), x);
            case "Clip" -> one(n, clip(n), List.of(), x);
            case "Softmax" -> one(n, "softmax", List.of(), x);
            case "Dropout" -> one(n, "dropout", List.of("p=" + number(dropoutRatio(n))), x);
            case "Flatten" -> {
                if (intAttr(n, "axis", 1) != 1) {
                    throw unsupported(n, "only flatten from axis 1 (keeping the batch) has a .nnet kind");
                }
                yield one(n, "flatten", List.of(), x);
            }
            case "Reshape" -> {
                if (targetRank(n) != 2) {
                    throw unsupported(n, "only a reshape to (batch, features), a flatten, has a .nnet kind");
                }
                yield one(n, "flatten", List.of(), x);
            }
            case "Gemm" -> one(n, "fc", gemm(n), x);
            case "MatMul" -> one(n, "fc", matmul(n), x);
            case "Add", "Sum", "Mul" -> merge(n, n.opType().equals("Mul") ? "mul" : "add");
            case "Concat" -> {
                long axis = intAttr(n, "axis", 1);
                int rank = index.rank(x);
                if (axis != 1 && !(axis < 0 && rank > 0 && axis + rank == 1)) {
                    throw unsupported(n, "only concatenation along the channels (axis 1) has a .nnet kind, got axis " + axis);
                }
                yield merge(n, "concat");
            }
            case "Upsample", "Resize" -> one(n, "upsample", List.of(Long.toString(upsampleFactor(n))), x);
            case "Identity" -> {
                aliases.put(n.output0(), x);
                yield List.of();
            }
            case "Pad" -> {
                pad(n);
                yield List.of();
            }
            default -> throw unsupported(n, "the operator has no .nnet layer kind");
        };
    }

    private List<NnetLayer> one(OnnxNode n, String kind, List<String> args, String input) {
        return List.of(new NnetLayer(kind, args, List.of(resolve(input)), n.output0(), List.of(n)));
    }

    private List<NnetLayer> merge(OnnxNode n, String kind) throws ImportException {
        List<String> ins = new ArrayList<>();
        for (String i : n.inputs()) {
            if (facts.isConstant(i)) {
                throw unsupported(n, "combines the network's values with a constant tensor '" + i + "', which .nnet cannot express");
            }
            ins.add(resolve(i));
        }
        if (ins.size() < 2 && !kind.equals("concat")) {
            throw unsupported(n, "needs two inputs");
        }
        if (kind.equals("mul") && ins.size() != 2) {
            throw unsupported(n, "a product of " + ins.size() + " tensors has no .nnet kind");
        }
        return List.of(new NnetLayer(kind, List.of(), ins, n.output0(), List.of(n)));
    }

    private List<String> conv(OnnxNode n, boolean transposed) throws ImportException {
        long[] w = facts.dims(n.input(1));
        if (w == null || w.length < 3) {
            throw unsupported(n, "the weight '" + n.input(1) + "' has no stated shape");
        }
        int rank = w.length - 2;
        long groups = intAttr(n, "group", 1);
        long filters = transposed ? w[1] * groups : w[0];
        long[] kernel = ints(n, "kernel_shape", null, rank);
        if (kernel == null) {
            kernel = java.util.Arrays.copyOfRange(w, 2, w.length);
        }
        List<String> args = new ArrayList<>(List.of(Long.toString(filters), axes(kernel)));
        long[] stride = ints(n, "strides", 1, rank);
        optional(args, "stride", stride, 1);
        optional(args, "padding", padding(n, rank), 0);
        optional(args, "dilation", ints(n, "dilations", 1, rank), 1);
        if (transposed) {
            if (n.attribute("output_shape") != null) {
                throw unsupported(n, "output_shape is not expressible; export with output_padding");
            }
            optional(args, "output_padding", ints(n, "output_padding", 0, rank), 0);
        }
        if (groups != 1) {
            args.add("groups=" + groups);
        }
        if (n.input(2).isEmpty()) {
            args.add("bias=false");
        }
        return args;
    }

    private List<String> pool(OnnxNode n) throws ImportException {
        OnnxAttribute k = n.attribute("kernel_shape");
        if (k == null || k.ints().isEmpty()) {
            throw unsupported(n, "has no kernel_shape");
        }
        int rank = k.ints().size();
        if (n.outputs().size() > 1 && !n.outputs().get(1).isEmpty() && !index.consumers(n.outputs().get(1)).isEmpty()) {
            throw unsupported(n, "the indices of max pooling are used, which .nnet cannot express");
        }
        long[] kernel = ints(n, "kernel_shape", null, rank);
        List<String> args = new ArrayList<>(List.of(axes(kernel)));
        args.add("stride=" + axes(ints(n, "strides", 1, rank)));
        optional(args, "padding", padding(n, rank), 0);
        long[] dilation = ints(n, "dilations", 1, rank);
        if (n.opType().equals("MaxPool")) {
            optional(args, "dilation", dilation, 1);
        } else if (!allEqual(dilation, 1)) {
            throw unsupported(n, "average pooling with dilation has no .nnet kind");
        }
        if (intAttr(n, "ceil_mode", 0) != 0) {
            args.add("ceil_mode=true");
        }
        return args;
    }

    /** Symmetric spatial padding per axis from {@code pads}, auto_pad and a folded Pad before the layer. */
    private long[] padding(OnnxNode n, int rank) throws ImportException {
        String autoPad = n.attribute("auto_pad") == null ? "NOTSET" : n.attribute("auto_pad").s();
        if (!autoPad.equals("NOTSET") && !autoPad.equals("VALID") && !autoPad.isEmpty()) {
            throw unsupported(n, "auto_pad=" + autoPad + " is not expressible; export with explicit pads");
        }
        long[] pads = ints(n, "pads", 0, 2 * rank);
        long[] extra = pendingPads.getOrDefault(n.input(0), new long[2 * rank]);
        long[] sym = new long[rank];
        for (int i = 0; i < rank; i++) {
            long before = pads[i] + extra[i];
            long after = pads[i + rank] + extra[i + rank];
            if (before != after) {
                throw unsupported(n, "padding " + before + " before and " + after + " after on axis " + (i + 1)
                        + " is asymmetric, which .nnet cannot express");
            }
            sym[i] = before;
        }
        return sym;
    }

    /** A constant-mode Pad of the spatial axes only, read by one convolution or pooling, folds into it. */
    private void pad(OnnxNode n) throws ImportException {
        String mode = n.attribute("mode") == null ? "constant" : n.attribute("mode").s();
        double[] pads = n.attribute("pads") != null
                ? n.attribute("pads").ints().stream().mapToDouble(Long::doubleValue).toArray()
                : facts.values(n.input(1));
        List<OnnxNode> readers = index.consumers(n.output0());
        if (!mode.equals("constant") || pads == null || readers.size() != 1
                || !List.of("Conv", "MaxPool", "AveragePool").contains(readers.get(0).opType())) {
            throw unsupported(n, "only a constant padding read by one convolution or pooling is expressible (as its padding)");
        }
        int axes = pads.length / 2;
        if (axes < 3 || pads[0] != 0 || pads[1] != 0 || pads[axes] != 0 || pads[axes + 1] != 0) {
            throw unsupported(n, "pads the batch or channel axis");
        }
        int rank = axes - 2;
        long[] spatial = new long[2 * rank];
        for (int i = 0; i < rank; i++) {
            spatial[i] = (long) pads[2 + i];
            spatial[i + rank] = (long) pads[axes + 2 + i];
        }
        pendingPads.put(n.output0(), spatial);
        aliases.put(n.output0(), n.input(0));
    }

    private List<NnetLayer> reduceMean(OnnxNode n) throws ImportException {
        double[] axes = n.attribute("axes") != null ? n.attribute("axes").ints().stream().mapToDouble(Long::doubleValue).toArray()
                : facts.values(n.input(1));
        int rank = index.rank(n.input(0));
        boolean spatial = axes != null && axes.length == 2 && (axes[0] == 2 || axes[0] == -2) && (axes[1] == 3 || axes[1] == -1)
                && (rank == 4 || rank == -1);
        if (!spatial) {
            throw unsupported(n, "only a mean over the two spatial axes (global average pooling) has a .nnet kind");
        }
        NnetLayer gap = new NnetLayer("gap", List.of(), List.of(resolve(n.input(0))), n.output0() + "#gap", List.of(n));
        if (intAttr(n, "keepdims", 1) != 0) {
            return List.of(new NnetLayer("gap", List.of(), List.of(resolve(n.input(0))), n.output0(), List.of(n)));
        }
        return List.of(gap, new NnetLayer("flatten", List.of(), List.of(gap.output), n.output0(), List.of(n)));
    }

    private List<String> gemm(OnnxNode n) throws ImportException {
        if (intAttr(n, "transA", 0) != 0 || floatAttr(n, "alpha", 1f) != 1f || floatAttr(n, "beta", 1f) != 1f) {
            throw unsupported(n, "only Gemm as a linear layer (alpha 1, beta 1, A not transposed) has a .nnet kind");
        }
        long[] w = facts.dims(n.input(1));
        if (w == null || w.length != 2) {
            throw unsupported(n, "the weight '" + n.input(1) + "' has no stated 2D shape");
        }
        long out = intAttr(n, "transB", 0) != 0 ? w[0] : w[1];
        List<String> args = new ArrayList<>(List.of(Long.toString(out)));
        if (n.input(2).isEmpty()) {
            args.add("bias=false");
        }
        return args;
    }

    private List<String> matmul(OnnxNode n) throws ImportException {
        long[] w = facts.isConstant(n.input(1)) ? facts.dims(n.input(1)) : null;
        if (w == null || w.length != 2) {
            throw unsupported(n, "only a product with a constant 2D weight, a linear layer, has a .nnet kind");
        }
        return List.of(Long.toString(w[1]), "bias=false");
    }

    private String clip(OnnxNode n) throws ImportException {
        Double lo;
        Double hi;
        if (opset < 11) {
            lo = n.attribute("min") == null ? null : (double) n.attribute("min").f();
            hi = n.attribute("max") == null ? null : (double) n.attribute("max").f();
        } else {
            lo = n.input(1).isEmpty() ? null : facts.scalar(n.input(1));
            hi = n.input(2).isEmpty() ? null : facts.scalar(n.input(2));
        }
        if (lo != null && lo == 0 && hi != null && hi == 6) {
            return "relu6";
        }
        if (lo != null && lo == 0 && (hi == null || hi.isInfinite())) {
            return "relu";
        }
        throw unsupported(n, "only Clip(0, 6) (ReLU6) and Clip(0) (ReLU) have .nnet kinds, got [" + lo + ", " + hi + "]");
    }

    private double dropoutRatio(OnnxNode n) {
        if (n.attribute("ratio") != null) {
            return n.attribute("ratio").f();
        }
        Double r = n.input(1).isEmpty() ? null : facts.scalar(n.input(1));
        return r == null ? 0.5 : r;
    }

    /** The rank of a Reshape's target: from a constant shape, a Concat of one-element pieces, or the stated output shape. */
    private int targetRank(OnnxNode n) {
        double[] shape = facts.values(n.input(1));
        if (shape != null) {
            return shape.length;
        }
        OnnxNode maker = index.producer(n.input(1));
        if (maker != null && maker.opType().equals("Concat")) {
            return maker.inputs().size();
        }
        return index.rank(n.output0());
    }

    private long upsampleFactor(OnnxNode n) throws ImportException {
        String mode = n.attribute("mode") == null ? "nearest" : n.attribute("mode").s();
        if (!mode.equals("nearest")) {
            throw unsupported(n, "only nearest-neighbour upsampling has a .nnet kind, got mode " + mode);
        }
        String scalesName = n.opType().equals("Upsample") || n.inputs().size() == 2 ? n.input(1) : n.input(2);
        double[] scales = scalesName.isEmpty() ? null : facts.values(scalesName);
        if (scales == null || scales.length < 3 || scales[0] != 1 || scales[1] != 1) {
            throw unsupported(n, "only upsampling by constant scale factors of the spatial axes is expressible");
        }
        double f = scales[2];
        for (int i = 2; i < scales.length; i++) {
            if (scales[i] != f || f != Math.rint(f) || f < 1) {
                throw unsupported(n, "only one integer scale factor for every spatial axis is expressible");
            }
        }
        return (long) f;
    }

    /** True for PyTorch's hard sigmoid, relu6(x + 3) / 6: alpha 1/6, beta 0.5. */
    static boolean torchHardSigmoid(OnnxNode n) {
        return Math.abs(floatAttr(n, "alpha", 0.2f) - 1.0 / 6) < 1e-4 && Math.abs(floatAttr(n, "beta", 0.5f) - 0.5) < 1e-6;
    }

    private static float floatAttr(OnnxNode n, String key, float def) {
        OnnxAttribute a = n.attribute(key);
        return a == null ? def : a.f();
    }

    private static long intAttr(OnnxNode n, String key, long def) {
        OnnxAttribute a = n.attribute(key);
        return a == null ? def : a.i();
    }

    /** An ints attribute of {@code length} values, {@code def} repeated when absent (null when def is null). */
    private static long[] ints(OnnxNode n, String key, Integer def, int length) throws ImportException {
        OnnxAttribute a = n.attribute(key);
        if (a == null) {
            if (def == null) {
                return null;
            }
            long[] r = new long[length];
            java.util.Arrays.fill(r, def);
            return r;
        }
        if (a.ints().size() != length) {
            throw unsupported(n, key + " has " + a.ints().size() + " values where " + length + " are expected");
        }
        return a.ints().stream().mapToLong(Long::longValue).toArray();
    }

    private static void optional(List<String> args, String key, long[] v, long def) {
        if (!allEqual(v, def)) {
            args.add(key + "=" + axes(v));
        }
    }

    private static boolean allEqual(long[] v, long value) {
        for (long x : v) {
            if (x != value) {
                return false;
            }
        }
        return true;
    }

    /** One value per axis as {@code .nnet} writes it: {@code 3}, or {@code 3x5} when the axes differ. */
    static String axes(long[] v) {
        if (allEqual(v, v[0])) {
            return Long.toString(v[0]);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            b.append(i == 0 ? "" : "x").append(v[i]);
        }
        return b.toString();
    }

    /** A number as short as it reads exactly enough: {@code 0.1}, {@code 0.25}. */
    static String number(double v) {
        java.math.BigDecimal d = new java.math.BigDecimal(Float.toString((float) v)).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }

    static ImportException unsupported(OnnxNode n, String why) {
        return new ImportException(n.describe() + ": " + why);
    }
}
