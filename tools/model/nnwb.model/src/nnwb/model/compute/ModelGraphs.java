package nnwb.model.compute;

import java.util.ArrayList;
import java.util.List;

import nnwb.compute.graph.GraphMapping;
import nnwb.compute.graph.GraphNode;
import nnwb.compute.graph.GraphOp;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.InitSpec;
import nnwb.compute.graph.TensorShape;
import nnwb.core.cost.InitScheme;
import nnwb.core.graph.Graph;
import nnwb.core.graph.Node;
import nnwb.core.graph.Shape;
import nnwb.core.symbolic.Poly;

/**
 * Maps the analysis engine's expanded {@link Graph} onto the compute API's {@link GraphSpec} (the model tool's glue
 * between the engine and the compute service: the model editor, training and the compute service's tests use it).
 * What DL4J cannot express is reported, not thrown: symbolic sizes or repeats, 3D layers, grouped convolutions, circular or reflect padding,
 * a transposed convolution whose output_padding exceeds its padding, adaptive pooling whose windows do not tile
 * the input.
 */
public final class ModelGraphs {

    private ModelGraphs() {
    }

    /** The spec of {@code g}, or the reasons why there is none. */
    public static GraphMapping fromAnalysis(Graph g) {
        List<String> problems = new ArrayList<>();
        if (g.nodes().isEmpty() || !g.nodes().get(0).isInput()) {
            return new GraphMapping(null, List.of("the model has no input"));
        }
        Node in = g.nodes().get(0);
        TensorShape input = shape(in, problems);
        List<GraphNode> nodes = new ArrayList<>();
        for (Node n : g.nodes().subList(1, g.nodes().size())) {
            if (!n.multiplier().equals(Poly.ONE)) {
                problems.add(n.name() + ": a symbolic repeat (" + n.multiplier() + " copies); give the symbol a value");
                continue;
            }
            GraphOp op = NodeOps.of(n, problems);
            TensorShape out = shape(n, problems);
            if (op != null && out != null) {
                nodes.add(new GraphNode(n.name(), n.inputs().stream().map(Node::name).toList(), op, out));
            }
        }
        if (nodes.isEmpty() && problems.isEmpty()) {
            problems.add("the model has no layers");
        }
        if (!problems.isEmpty()) {
            return new GraphMapping(null, problems);
        }
        return new GraphMapping(new GraphSpec(g.name() == null ? "network" : g.name(), in.name(), input, nodes), List.of());
    }

    /** The compute API's initialisation for the engine's scheme; {@code scale} is c or a. */
    public static InitSpec init(InitScheme scheme, double scale) {
        InitSpec.Scheme s = switch (scheme) {
            case HE_NORMAL -> InitSpec.Scheme.HE_NORMAL;
            case HE_UNIFORM -> InitSpec.Scheme.HE_UNIFORM;
            case XAVIER_NORMAL -> InitSpec.Scheme.XAVIER_NORMAL;
            case XAVIER_UNIFORM -> InitSpec.Scheme.XAVIER_UNIFORM;
            case LECUN_NORMAL -> InitSpec.Scheme.LECUN_NORMAL;
            case UNIT_NORMAL_SCALED -> InitSpec.Scheme.NORMAL_SCALED;
            case UNIFORM -> InitSpec.Scheme.UNIFORM;
        };
        return new InitSpec(s, scale);
    }

    private static TensorShape shape(Node n, List<String> problems) {
        Shape s = n.outputShape();
        if (!s.isNumeric()) {
            problems.add(n.name() + ": symbolic shape " + s + "; give the symbols values");
            return null;
        }
        int c = NodeOps.toInt(s.channels());
        return switch (s.rank()) {
            case 0 -> TensorShape.vector(c);
            case 1 -> new TensorShape(c, 1, NodeOps.toInt(s.spatial().get(0)), 1);
            case 2 -> TensorShape.image(c, NodeOps.toInt(s.spatial().get(0)), NodeOps.toInt(s.spatial().get(1)));
            default -> {
                problems.add(n.name() + ": " + s.rank() + "D data; DL4J networks here are built for 1D and 2D only");
                yield null;
            }
        };
    }
}
