package nnwb.compute.dl4j.graph;

import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitDistribution;

import nnwb.compute.graph.InitSpec;

/**
 * DL4J's initialisers for the API's schemes. DL4J's fans equal the engine's: a convolution's fan-in is input
 * channels × kernel area, its fan-out filters × kernel area / stride area; a dense layer's nIn and nOut.
 * N(0,1) with a constant c on the layer output becomes N(0, c²) weights: with zero biases c·(Wx) = (cW)x, so
 * outputs and the gradients with respect to activations are the same (only the weight gradients differ).
 */
final class WeightInits {

    private WeightInits() {
    }

    static IWeightInit of(InitSpec init) {
        return switch (init.scheme()) {
            case HE_NORMAL -> WeightInit.RELU.getWeightInitFunction();
            case HE_UNIFORM -> WeightInit.RELU_UNIFORM.getWeightInitFunction();
            case XAVIER_NORMAL -> WeightInit.XAVIER.getWeightInitFunction();
            case XAVIER_UNIFORM -> WeightInit.XAVIER_UNIFORM.getWeightInitFunction();
            case LECUN_NORMAL -> WeightInit.LECUN_NORMAL.getWeightInitFunction();
            case NORMAL_SCALED -> new WeightInitDistribution(new NormalDistribution(0, init.scale()));
            case UNIFORM -> new WeightInitDistribution(new UniformDistribution(-init.scale(), init.scale()));
        };
    }
}
