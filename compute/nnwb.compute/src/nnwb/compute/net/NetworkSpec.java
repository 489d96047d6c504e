package nnwb.compute.net;

import java.util.List;

import nnwb.compute.UpdaterSpec;

/**
 * A feed-forward network to build: the input image shape, the layers and how to train them.
 *
 * @param channels input channels (1 for grey images)
 * @param height   input height
 * @param width    input width
 * @param layers   from input to output; the last must be an {@link LayerSpec.Output}
 * @param updater  the optimizer used by {@link Network#fit}
 * @param seed     seed of the parameter initialisation
 */
public record NetworkSpec(int channels, int height, int width, List<LayerSpec> layers, UpdaterSpec updater,
        long seed) {

    public NetworkSpec {
        layers = List.copyOf(layers);
        if (channels < 1 || height < 1 || width < 1) {
            throw new IllegalArgumentException("input shape must be positive");
        }
        if (layers.isEmpty() || !(layers.get(layers.size() - 1) instanceof LayerSpec.Output)) {
            throw new IllegalArgumentException("the last layer must be an Output layer");
        }
    }
}
