package nnwb.compute.dl4j.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.buffer.DataType;

import nnwb.compute.dl4j.net.TrainingSpeed;
import nnwb.compute.graph.GraphNode;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.TensorShape;

/**
 * Builds the DL4J {@link ComputationGraphConfiguration} of a {@link GraphSpec}: FLOAT, NCHW, truncating
 * convolution arithmetic, no output layer (the last node is the graph output). Building reads shapes and sets
 * every layer's nIn; it allocates no parameters.
 */
public final class GraphConfigs {

    private final ComputationGraphConfiguration.GraphBuilder builder;
    private final Map<String, String> outputOf = new HashMap<>();
    private final Map<String, List<String>> verticesOf = new LinkedHashMap<>();
    private final GraphSpec spec;
    private final boolean sampling;

    private GraphConfigs(GraphSpec spec, IWeightInit init, long seed, boolean sampling,
            UnaryOperator<NeuralNetConfiguration.Builder> base) {
        this.spec = spec;
        this.sampling = sampling;
        builder = base.apply(new NeuralNetConfiguration.Builder().seed(seed).dataType(DataType.FLOAT).weightInit(init)
                .convolutionMode(ConvolutionMode.Truncate).cacheMode(TrainingSpeed.CACHE_MODE)).graphBuilder()
                .addInputs(spec.inputName())
                .setInputTypes(inputType(spec.input())).validateOutputLayerConfig(false);
        outputOf.put(spec.inputName(), spec.inputName());
    }

    /**
     * The configuration of {@code spec}. With {@code sampling}, dropout becomes the identity (as at inference),
     * so that the sampled second moments follow the same rules as the engine's theory.
     */
    public static Dl4jGraph build(GraphSpec spec, IWeightInit init, long seed, boolean sampling) {
        return build(spec, init, seed, sampling, UnaryOperator.identity(), null);
    }

    /**
     * The configuration of {@code spec} with network-wide settings ({@code base}: updater, regularisation) and,
     * when {@code head} is given, extra vertices after the spec's output (a loss layer): {@code head} adds them to
     * the builder reading the given vertex and returns the name of the new output.
     */
    public static Dl4jGraph build(GraphSpec spec, IWeightInit init, long seed, boolean sampling,
            UnaryOperator<NeuralNetConfiguration.Builder> base,
            BiFunction<ComputationGraphConfiguration.GraphBuilder, String, String> head) {
        GraphConfigs g = new GraphConfigs(spec, init, seed, sampling, base);
        for (GraphNode n : spec.nodes()) {
            g.node(n);
        }
        String out = g.outputOf.get(spec.output().name());
        g.builder.setOutputs(head == null ? out : head.apply(g.builder, out));
        return new Dl4jGraph(g.builder.build(), Map.copyOf(g.outputOf), g.verticesOf);
    }

    public static InputType inputType(TensorShape s) {
        return s.isVector() ? InputType.feedForward(s.channels()) : InputType.convolutional(s.height(), s.width(), s.channels());
    }

    private void node(GraphNode n) {
        String[] ins = n.inputs().stream().map(outputOf::get).toArray(String[]::new);
        TensorShape in = spec.shapeOf(n.inputs().get(0));
        List<GraphLayers.Step> steps = GraphLayers.steps(n, in, sampling);
        List<String> names = new ArrayList<>();
        String[] from = ins;
        for (GraphLayers.Step s : steps) {
            String v = s.suffix().isEmpty() ? n.name() : n.name() + "/" + s.suffix();
            if (s.item() instanceof Layer l) {
                builder.addLayer(v, l, from);
            } else {
                builder.addVertex(v, (GraphVertex) s.item(), from);
            }
            names.add(v);
            from = new String[] {v};
        }
        verticesOf.put(n.name(), names);
        outputOf.put(n.name(), names.isEmpty() ? ins[0] : names.get(names.size() - 1));
    }
}
