package nnwb.core.cost;

import nnwb.core.graph.Graph;
import nnwb.core.graph.LayerParams;
import nnwb.core.graph.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nnwb.core.model.LayerKind;
import nnwb.core.symbolic.Poly;

/**
 * Layer-by-layer variance theory at initialisation (numeric networks only).
 * Forward, the second moment q of each output: a linear layer gives
 * {@code fanIn·Var[w]·q} (zero biases, independent weights); ReLU halves q
 * (zero-mean symmetric input), leaky ReLU multiplies by {@code (1+a²)/2},
 * tanh keeps q (linear regime), sigmoid gives {@code 1/4 + q/16}, batch norm
 * resets to 1, average pooling divides by the window, add sums, max pooling,
 * upsampling, dropout (inference) and the rest keep q. Backward, the gradient
 * second moment g flows from the output (given) to the input: a linear layer
 * multiplies by {@code fanOut·Var[w]}, ReLU halves, batch norm divides by its
 * input's q, average pooling by window × stride area, max pooling by the stride
 * area, upsampling multiplies by the factor area; gradients of several readers add.
 */
public final class InitVariance {

    /** Initialisation of one layer: a scheme and its constant (c or a; ignored otherwise). */
    public record Init(InitScheme scheme, double scale) {
    }

    private InitVariance() {
    }

    /** Theory for every node of {@code g} with the same initialisation everywhere. */
    public static List<VarianceRow> propagate(Graph g, Init init, double inputVariance, double outputGradient) {
        return propagate(g, n -> init, inputVariance, outputGradient);
    }

    public static List<VarianceRow> propagate(Graph g, Function<Node, Init> initFor, double inputVariance, double outputGradient) {
        List<Node> nodes = g.nodes();
        int n = nodes.size();
        double[] fanIn = new double[n];
        double[] fanOut = new double[n];
        double[] wv = new double[n];
        double[] q = new double[n];
        for (Node x : nodes) {
            int i = x.index();
            if (linear(x)) {
                fanIn[i] = fanIn(x);
                fanOut[i] = fanOut(x);
                Init init = initFor.apply(x);
                wv[i] = init.scheme().weightVariance(fanIn[i], fanOut[i], init.scale());
            }
            q[i] = x.isInput() ? inputVariance : forward(x, q, fanIn[i] * wv[i]);
        }
        double[] grad = new double[n];
        if (n > 0) {
            grad[n - 1] = outputGradient;
        }
        for (int i = n - 1; i > 0; i--) {
            Node x = nodes.get(i);
            double toInput = backward(x, q, fanOut[i] * wv[i]) * grad[i];
            for (Node in : x.inputs()) {
                grad[in.index()] += toInput;
            }
        }
        List<VarianceRow> rows = new ArrayList<>();
        for (Node x : nodes) {
            int i = x.index();
            rows.add(new VarianceRow(x.name(), x.type(), fanIn[i], fanOut[i], wv[i], q[i], grad[i]));
        }
        return rows;
    }

    private static boolean linear(Node x) {
        return x.kind() == LayerKind.CONV || x.kind() == LayerKind.CONV_TRANSPOSE || x.kind() == LayerKind.FC;
    }

    /** Inputs summed into one output value. */
    static double fanIn(Node x) {
        LayerParams p = x.params();
        return switch (x.kind()) {
            case FC -> num(x.inputShape().elements());
            case CONV -> num(x.inputShape().channels()) / num(p.groups()) * num(p.kernelArea());
            default -> num(x.inputShape().channels()) / num(p.groups()) * num(p.kernelArea()) / strideArea(p);
        };
    }

    /** Outputs one input value feeds. */
    static double fanOut(Node x) {
        LayerParams p = x.params();
        return switch (x.kind()) {
            case FC -> num(p.units());
            case CONV -> num(p.units()) / num(p.groups()) * num(p.kernelArea()) / strideArea(p);
            default -> num(p.units()) / num(p.groups()) * num(p.kernelArea());
        };
    }

    private static double forward(Node x, double[] q, double gain) {
        double in = q[x.inputs().get(0).index()];
        LayerParams p = x.params();
        return switch (x.kind()) {
            case CONV, CONV_TRANSPOSE, FC -> gain * in;
            case RELU, GELU -> in / 2;
            case LEAKY_RELU -> in * (1 + sq(p.p().doubleValue())) / 2;
            case SIGMOID -> 0.25 + in / 16;
            case RELU6 -> GaussianMoments.second(GaussianMoments::relu6, in);
            case HARDSWISH -> GaussianMoments.second(GaussianMoments::hardSwish, in);
            case HARDSIGMOID -> GaussianMoments.second(GaussianMoments::hardSigmoid, in);
            case SILU -> GaussianMoments.second(GaussianMoments::silu, in);
            case MUL -> x.inputs().stream().mapToDouble(i -> q[i.index()]).reduce(1, (a, b) -> a * b);
            case BATCH_NORM -> 1;
            case AVG_POOL -> in / num(p.kernelArea());
            case GLOBAL_AVG_POOL, ADAPTIVE_AVG_POOL -> in / (num(x.inputShape().area()) / num(x.outputShape().area()));
            case ADD -> x.inputs().stream().mapToDouble(i -> q[i.index()]).sum();
            case CONCAT -> x.inputs().stream().mapToDouble(i -> q[i.index()] * num(i.outputShape().elements())).sum()
                    / num(x.outputShape().elements());
            default -> in;
        };
    }

    private static double backward(Node x, double[] q, double gain) {
        LayerParams p = x.params();
        return switch (x.kind()) {
            case CONV, CONV_TRANSPOSE, FC -> gain;
            case RELU, GELU -> 0.5;
            case LEAKY_RELU -> (1 + sq(p.p().doubleValue())) / 2;
            case SIGMOID -> 1.0 / 16;
            case RELU6 -> GaussianMoments.second(GaussianMoments::relu6Slope, q[x.inputs().get(0).index()]);
            case HARDSWISH -> GaussianMoments.second(GaussianMoments::hardSwishSlope, q[x.inputs().get(0).index()]);
            case HARDSIGMOID -> GaussianMoments.second(GaussianMoments::hardSigmoidSlope, q[x.inputs().get(0).index()]);
            case SILU -> GaussianMoments.second(GaussianMoments::siluSlope, q[x.inputs().get(0).index()]);
            case BATCH_NORM -> 1 / Math.max(q[x.inputs().get(0).index()], 1e-300);
            case AVG_POOL -> 1 / (num(p.kernelArea()) * strideArea(p));
            case MAX_POOL -> 1 / strideArea(p);
            case GLOBAL_AVG_POOL, ADAPTIVE_AVG_POOL -> 1 / sq(num(x.inputShape().area()) / num(x.outputShape().area()));
            case UPSAMPLE -> Math.pow(num(p.factor()), x.outputShape().rank());
            default -> 1;
        };
    }

    private static double strideArea(LayerParams p) {
        double a = 1;
        for (Poly s : p.stride()) {
            a *= num(s);
        }
        return a;
    }

    private static double num(Poly p) {
        if (!p.isConstant()) {
            throw new IllegalArgumentException("variance theory needs numeric sizes, got " + p);
        }
        return p.constant().doubleValue();
    }

    private static double sq(double v) {
        return v * v;
    }
}
