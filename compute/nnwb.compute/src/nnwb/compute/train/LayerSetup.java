package nnwb.compute.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nnwb.compute.graph.GraphNode;
import nnwb.compute.graph.GraphOp;
import nnwb.compute.graph.GraphSpec;

/**
 * How one layer of a {@link TrainingSpec}'s graph starts and whether it learns.
 *
 * @param layer   the graph node's name (a convolution for {@code kernels})
 * @param frozen  true: the layer's parameters are never updated (no updater step, no weight decay)
 * @param kernels initial weights of a convolution, one kernel (rows x columns, the layer's kernel size) per output
 *                channel, applied to every input channel; its biases start at zero. Empty: the run's initialisation
 */
public record LayerSetup(String layer, boolean frozen, List<double[][]> kernels) {

    public LayerSetup {
        Objects.requireNonNull(layer, "layer");
        List<double[][]> copy = new ArrayList<>();
        for (double[][] k : kernels == null ? List.<double[][]>of() : kernels) {
            double[][] c = new double[k.length][];
            for (int r = 0; r < k.length; r++) {
                c[r] = k[r].clone();
            }
            copy.add(c);
        }
        kernels = List.copyOf(copy);
    }

    /** Why {@code setups} do not fit {@code g} (an unknown layer, a kernel shape or count that differs), or null. */
    public static String problem(GraphSpec g, List<LayerSetup> setups) {
        for (LayerSetup s : setups) {
            GraphNode n = g.nodes().stream().filter(x -> x.name().equals(s.layer())).findFirst().orElse(null);
            if (n == null) {
                return "no layer '" + s.layer() + "' in the network (layers with weights: " + String.join(", ", g.nodes().stream()
                        .filter(x -> x.op() instanceof GraphOp.Conv || x.op() instanceof GraphOp.Dense
                                || x.op() instanceof GraphOp.TransposedConv).map(GraphNode::name).toList()) + ")";
            }
            boolean weights = n.op() instanceof GraphOp.Conv || n.op() instanceof GraphOp.Dense
                    || n.op() instanceof GraphOp.TransposedConv;
            if (s.frozen() && !weights) {
                return "layer '" + s.layer() + "' has no weights to freeze";
            }
            if (!s.kernels().isEmpty()) {
                if (!(n.op() instanceof GraphOp.Conv c)) {
                    return "initial kernels need a convolution; '" + s.layer() + "' is not one";
                }
                if (s.kernels().size() != c.filters()) {
                    return "layer '" + s.layer() + "' has " + c.filters() + " output channels, got " + s.kernels().size()
                            + " kernels";
                }
                for (double[][] k : s.kernels()) {
                    if (k.length != c.kernel().h() || k[0].length != c.kernel().w()) {
                        return "layer '" + s.layer() + "' has " + c.kernel().h() + "x" + c.kernel().w() + " kernels, got "
                                + k.length + "x" + k[0].length;
                    }
                }
            }
        }
        return null;
    }
}
