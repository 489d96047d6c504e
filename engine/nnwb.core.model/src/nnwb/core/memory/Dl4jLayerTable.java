package nnwb.core.memory;

import java.util.EnumMap;
import java.util.Map;

import nnwb.core.model.LayerKind;

/**
 * What one layer of each kind keeps in DL4J 1.0.0-M2.1's training workspaces, per value, as the compute service
 * builds it (NCHW, oneDNN helpers on, {@code CacheMode.DEVICE}). Calibrated against ND4J's measured workspaces on the
 * compute service (BENCHMARKS.md, "dl4j against ND4J's measured peak"): the kinds marked calibrated occur in the
 * edge CNN, the small ResNet, ResNet-18 at 32×32 and the VGG-style net, where each workspace matched to the value;
 * the others follow the nearest calibrated kind by analogy and are named in the derivation.
 *
 * @param kept       values in the activations workspace per output value: the output itself (1), a flatten view (0),
 *                   plus a convolution's cached pre-output (2), plus global pooling's copy reshaped to a vector (2)
 * @param gradient   values its backward pass allocates per input value: the gradient of its input (1), and for an
 *                   activation layer a copy of its input as well (2)
 * @param working    whether its backward pass takes working memory the size of its output (activations, batch norm)
 * @param calibrated whether a measured network contains this kind
 */
record Dl4jLayerTable(int kept, int gradient, boolean working, boolean calibrated) {

    private static final Map<LayerKind, Dl4jLayerTable> TABLE = new EnumMap<>(LayerKind.class);

    static {
        put(new Dl4jLayerTable(2, 1, false, true), LayerKind.CONV, LayerKind.GLOBAL_AVG_POOL);
        put(new Dl4jLayerTable(2, 1, false, false), LayerKind.CONV_TRANSPOSE);
        put(new Dl4jLayerTable(1, 1, false, true), LayerKind.MAX_POOL, LayerKind.FC, LayerKind.ADD);
        put(new Dl4jLayerTable(1, 1, true, true), LayerKind.BATCH_NORM);
        put(new Dl4jLayerTable(1, 2, true, true), LayerKind.RELU);
        put(new Dl4jLayerTable(1, 2, true, false), LayerKind.LEAKY_RELU, LayerKind.SIGMOID, LayerKind.TANH, LayerKind.GELU,
                LayerKind.RELU6, LayerKind.SILU, LayerKind.SOFTMAX, LayerKind.HARDSWISH, LayerKind.HARDSIGMOID);
        put(new Dl4jLayerTable(1, 1, false, false), LayerKind.AVG_POOL, LayerKind.UPSAMPLE, LayerKind.CONCAT, LayerKind.MUL);
        put(new Dl4jLayerTable(2, 1, false, false), LayerKind.DROPOUT);
        put(new Dl4jLayerTable(0, 1, false, true), LayerKind.FLATTEN);
    }

    private static void put(Dl4jLayerTable t, LayerKind... kinds) {
        for (LayerKind k : kinds) {
            TABLE.put(k, t);
        }
    }

    /**
     * The entry of {@code kind}; adaptive average pooling to 1×1 is DL4J's global pooling (calibrated on ResNet-18),
     * to a larger grid an average pooling.
     */
    static Dl4jLayerTable of(LayerKind kind, boolean toOnePixel) {
        if (kind == LayerKind.ADAPTIVE_AVG_POOL) {
            return toOnePixel ? TABLE.get(LayerKind.GLOBAL_AVG_POOL) : TABLE.get(LayerKind.AVG_POOL);
        }
        return TABLE.get(kind);
    }
}
