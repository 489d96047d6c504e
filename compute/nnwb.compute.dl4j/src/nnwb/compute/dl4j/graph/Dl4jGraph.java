package nnwb.compute.dl4j.graph;

import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;

/**
 * A {@link nnwb.compute.graph.GraphSpec} as a DL4J configuration, with where each spec node went.
 *
 * @param conf     the configuration, input types set (so every layer knows its nIn)
 * @param outputOf spec node (and the input) to the DL4J vertex holding its output; a flatten of a vector maps to
 *                 its input's vertex
 * @param verticesOf spec node to every vertex built for it, helpers (padding, cropping) first
 */
public record Dl4jGraph(ComputationGraphConfiguration conf, Map<String, String> outputOf, Map<String, List<String>> verticesOf) {
}
