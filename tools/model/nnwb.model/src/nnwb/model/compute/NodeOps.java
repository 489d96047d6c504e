package nnwb.model.compute;

import java.util.List;

import nnwb.compute.graph.Axes;
import nnwb.compute.graph.GraphOp;
import nnwb.core.graph.LayerParams;
import nnwb.core.graph.Node;
import nnwb.core.conv.PaddingMode;
import nnwb.core.symbolic.Poly;

/** One engine node to one {@link GraphOp}, adding a problem line (and returning null) where DL4J has no equivalent. */
final class NodeOps {

    private NodeOps() {
    }

    static GraphOp of(Node n, List<String> problems) {
        LayerParams p = n.params();
        try {
            return switch (n.kind()) {
                case CONV -> conv(n, p, problems);
                case CONV_TRANSPOSE -> transposed(n, p, problems);
                case MAX_POOL, AVG_POOL -> p.ceilMode() && !ceilEqualsFloor(n, p) ? refuse(n, problems,
                        "ceil_mode rounds this pooling's output up; DL4J rounds down") : new GraphOp.Pool(n.kind() == nnwb.core.model.LayerKind.MAX_POOL ? GraphOp.PoolType.MAX
                        : GraphOp.PoolType.AVG, axes(p.kernel(), 1), axes(p.stride(), 1), axes(p.padBefore(), 0), axes(p.padAfter(), 0),
                        axes(p.dilation(), 1));
                case GLOBAL_AVG_POOL -> new GraphOp.GlobalAvgPool();
                case ADAPTIVE_AVG_POOL -> adaptive(n, p, problems);
                case UPSAMPLE -> new GraphOp.Upsample(toInt(p.factor()));
                case BATCH_NORM -> new GraphOp.BatchNorm(p.affine());
                case DROPOUT -> new GraphOp.Dropout(p.p().doubleValue());
                case RELU -> new GraphOp.Act(GraphOp.Fn.RELU, 0);
                case LEAKY_RELU -> new GraphOp.Act(GraphOp.Fn.LEAKY_RELU, p.p().doubleValue());
                case SIGMOID -> new GraphOp.Act(GraphOp.Fn.SIGMOID, 0);
                case TANH -> new GraphOp.Act(GraphOp.Fn.TANH, 0);
                case GELU -> new GraphOp.Act(GraphOp.Fn.GELU, 0);
                case SOFTMAX -> new GraphOp.Act(GraphOp.Fn.SOFTMAX, 0);
                case FLATTEN -> new GraphOp.Flatten();
                case FC -> new GraphOp.Dense(toInt(p.units()), p.bias());
                case RELU6 -> new GraphOp.Act(GraphOp.Fn.RELU6, 0);
                case SILU -> new GraphOp.Act(GraphOp.Fn.SWISH, 0);
                case HARDSWISH -> refuse(n, problems, "DL4J 1.0.0-M2.1 has no hard swish");
                case HARDSIGMOID -> refuse(n, problems, "DL4J's hard sigmoid has slope 0.2 where PyTorch's has 1/6");
                case ADD -> new GraphOp.Add();
                case CONCAT -> n.inputs().size() == 1 ? new GraphOp.Act(GraphOp.Fn.IDENTITY, 0) : new GraphOp.Concat();
                case MUL -> n.inputs().stream().allMatch(i -> i.outputShape().equals(n.outputShape())) ? new GraphOp.Mul()
                        : refuse(n, problems, "a product broadcasting a C×1×1 gate; DL4J's element-wise vertex needs equal shapes");
            };
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(n.name() + ": " + e.getMessage());
            return null;
        }
    }

    private static GraphOp refuse(Node n, List<String> problems, String why) {
        problems.add(n.name() + ": " + why);
        return null;
    }

    /** True when rounding the pooling output up gives the same size as rounding down, on every axis. */
    private static boolean ceilEqualsFloor(Node n, LayerParams p) {
        List<Poly> out = n.outputShape().spatial();
        List<Poly> in = n.inputShape().spatial();
        for (int i = 0; i < out.size(); i++) {
            long floor = nnwb.core.conv.ConvArithmetic.convOutput(in.get(i).longValue(), p.kernel().get(i).longValue(),
                    p.stride().get(i).longValue(), p.padTotal(i).longValue(), p.dilation().get(i).longValue());
            if (floor != out.get(i).longValue()) {
                return false;
            }
        }
        return true;
    }

    private static GraphOp conv(Node n, LayerParams p, List<String> problems) {
        boolean ok = groupsOk(n, p, problems);
        if (p.paddingMode() != PaddingMode.ZERO) {
            problems.add(n.name() + ": padding_mode " + p.paddingMode().name().toLowerCase(java.util.Locale.ROOT)
                    + "; DL4J convolutions pad with zeros only");
            ok = false;
        }
        return ok ? new GraphOp.Conv(toInt(p.units()), axes(p.kernel(), 1), axes(p.stride(), 1), axes(p.padBefore(), 0),
                axes(p.padAfter(), 0), axes(p.dilation(), 1), p.bias()) : null;
    }

    private static GraphOp transposed(Node n, LayerParams p, List<String> problems) {
        boolean ok = groupsOk(n, p, problems);
        Axes after = axes(p.padAfter(), 0);
        Axes op = axes(p.outputPadding(), 0);
        if (op.h() > after.h() || op.w() > after.w()) {
            problems.add(n.name() + ": output_padding " + op + " larger than the padding " + after
                    + "; DL4J crops a transposed convolution's output but cannot extend it");
            ok = false;
        }
        return ok ? new GraphOp.TransposedConv(toInt(p.units()), axes(p.kernel(), 1), axes(p.stride(), 1), axes(p.padBefore(), 0),
                after, op, axes(p.dilation(), 1), p.bias()) : null;
    }

    private static boolean groupsOk(Node n, LayerParams p, List<String> problems) {
        if (!p.groups().equals(Poly.ONE)) {
            problems.add(n.name() + ": groups=" + p.groups() + "; DL4J has no grouped convolution");
            return false;
        }
        return true;
    }

    private static GraphOp adaptive(Node n, LayerParams p, List<String> problems) {
        List<Poly> in = n.inputShape().spatial();
        int[] k = new int[in.size()];
        boolean ones = true;
        for (int i = 0; i < in.size(); i++) {
            int a = toInt(in.get(i));
            int b = toInt(p.size().get(i));
            ones &= b == 1;
            if (a % b != 0) {
                problems.add(n.name() + ": adaptive pooling of " + a + " cells to " + b
                        + " has unequal windows; DL4J pools with one window size");
                return null;
            }
            k[i] = a / b;
        }
        if (ones) {
            return new GraphOp.GlobalAvgPool();
        }
        Axes kernel = k.length == 1 ? new Axes(1, k[0]) : new Axes(k[0], k[1]);
        Axes zero = new Axes(0, 0);
        return new GraphOp.Pool(GraphOp.PoolType.AVG, kernel, kernel, zero, zero, new Axes(1, 1));
    }

    /** Per-axis sizes as {@link Axes}; a 1D list gets {@code fill} for the height. */
    static Axes axes(List<Poly> values, int fill) {
        return switch (values.size()) {
            case 1 -> new Axes(fill, toInt(values.get(0)));
            case 2 -> new Axes(toInt(values.get(0)), toInt(values.get(1)));
            default -> throw new IllegalArgumentException(values.size() + "D sizes; only 1D and 2D layers map to DL4J");
        };
    }

    static int toInt(Poly p) {
        if (!p.isConstant()) {
            throw new IllegalArgumentException("symbolic size " + p + "; give the symbols values");
        }
        return Math.toIntExact(p.longValue());
    }
}
