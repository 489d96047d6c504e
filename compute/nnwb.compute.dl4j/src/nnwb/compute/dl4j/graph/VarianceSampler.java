package nnwb.compute.dl4j.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.VertexIndices;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.graph.GraphNode;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.InitSpec;
import nnwb.compute.graph.TensorShape;
import nnwb.compute.graph.VarianceSample;

/**
 * Measures second moments at initialisation by stepping a DL4J {@link ComputationGraph} vertex by vertex
 * (training mode, no workspaces), so that every vertex's output and the gradient arriving at it can be read:
 * E[x²] of each output for a batch of N(0,1) inputs, and E[g²] of the gradient with respect to each output
 * when N(0,1) arrives at the network output. Batch norm uses the batch statistics, dropout is the identity.
 * Only chains are sampled (every node reads the one before it); graphs with add or concat are reported as
 * unsupported.
 */
public final class VarianceSampler {

    private VarianceSampler() {
    }

    public static VarianceSample sample(GraphSpec spec, InitSpec init, int batch, long seed) {
        if (batch < 2) {
            throw new IllegalArgumentException("batch must be >= 2 (batch norm needs batch statistics), got " + batch);
        }
        if (!spec.isChain()) {
            return VarianceSample.unsupported(spec.name() + " has branches (add, concat or from=): DL4J sampling covers"
                    + " sequential networks only");
        }
        Dl4jGraph g = GraphConfigs.build(spec, WeightInits.of(init), seed, true);
        ComputationGraph net = new ComputationGraph(g.conf());
        try {
            net.init();
            net.initGradientsView();
            Nd4j.getRandom().setSeed(seed + 1);
            Map<String, Double> forward = new HashMap<>();
            Map<String, Double> backward = new HashMap<>();
            run(net, Nd4j.randn(DataType.FLOAT, shape(spec.input(), batch)), g.outputOf().get(spec.output().name()), forward, backward);
            List<VarianceSample.Row> rows = new ArrayList<>();
            rows.add(row(spec.inputName(), g, forward, backward));
            for (GraphNode n : spec.nodes()) {
                rows.add(row(n.name(), g, forward, backward));
            }
            return new VarianceSample(rows, batch, "");
        } finally {
            net.close();
        }
    }

    private static VarianceSample.Row row(String node, Dl4jGraph g, Map<String, Double> forward, Map<String, Double> backward) {
        String v = g.outputOf().get(node);
        return new VarianceSample.Row(node, forward.get(v), backward.getOrDefault(v, 0.0));
    }

    private static void run(ComputationGraph net, INDArray x, String output, Map<String, Double> forward,
            Map<String, Double> backward) {
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        net.setInput(0, x); // vertices read the batch size from the graph's input
        GraphVertex[] vs = net.getVertices();
        int[] order = net.topologicalSortOrder();
        INDArray[] eps = new INDArray[vs.length];
        for (int idx : order) {
            GraphVertex v = vs[idx];
            INDArray a = v.isInputVertex() ? x : v.doForward(true, mgr);
            forward.put(v.getVertexName(), moment(a));
            if (v.getVertexName().equals(output)) {
                eps[idx] = Nd4j.randn(DataType.FLOAT, a.shape());
            }
            VertexIndices[] to = v.getOutputVertices();
            for (VertexIndices t : to == null ? new VertexIndices[0] : to) {
                vs[t.getVertexIndex()].setInput(t.getVertexEdgeNumber(), a, mgr);
            }
        }
        for (int k = order.length - 1; k >= 0; k--) {
            GraphVertex v = vs[order[k]];
            INDArray e = eps[order[k]];
            if (e == null) {
                continue;
            }
            backward.put(v.getVertexName(), moment(e));
            if (v.isInputVertex()) {
                continue;
            }
            v.setEpsilon(e);
            Pair<Gradient, INDArray[]> p = v.doBackward(false, mgr);
            VertexIndices[] from = v.getInputVertices();
            for (int j = 0; j < from.length; j++) {
                int src = from[j].getVertexIndex();
                INDArray d = p.getSecond()[j];
                eps[src] = eps[src] == null ? d.dup() : eps[src].add(d);
            }
        }
    }

    private static long[] shape(TensorShape s, int batch) {
        return s.isVector() ? new long[] {batch, s.channels()} : new long[] {batch, s.channels(), s.height(), s.width()};
    }

    /** E[x²] over every value. */
    static double moment(INDArray a) {
        double n = a.norm2Number().doubleValue();
        return n * n / a.length();
    }
}
