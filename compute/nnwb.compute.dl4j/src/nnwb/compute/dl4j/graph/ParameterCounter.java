package nnwb.compute.dl4j.graph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.weights.WeightInit;

import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.ParameterCount;

/**
 * Parameters of a graph as DL4J counts them: for every vertex of the configuration its own
 * {@code numParams(true)} (for a layer vertex, {@code layer.initializer().numParams(layer)}), read from the
 * configuration alone, so nothing is allocated. Batch norm counts gamma, beta, running mean and variance.
 */
public final class ParameterCounter {

    private ParameterCounter() {
    }

    public static ParameterCount count(GraphSpec spec) {
        Dl4jGraph g = GraphConfigs.build(spec, WeightInit.XAVIER.getWeightInitFunction(), 0, false);
        Map<String, GraphVertex> vertices = g.conf().getVertices();
        Map<String, Long> per = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, List<String>> e : g.verticesOf().entrySet()) {
            long n = 0;
            for (String v : e.getValue()) {
                n += vertices.get(v).numParams(true);
            }
            per.put(e.getKey(), n);
            total += n;
        }
        return new ParameterCount(total, per);
    }
}
