package nnwb.core.filter.equivariance;

import java.util.List;

import nnwb.core.filter.Image;
import nnwb.core.filter.op.FilterBank;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.ReferenceFilter;

/**
 * A small convolutional feature extractor: convolution layers, each followed by ReLU, then global average
 * pooling, as in the Berkeley sheet's {@code CONV -> ReLU -> CONV -> ReLU -> GAP}. Every layer uses the same
 * {@link FilterSpec} (e.g. circular padding 1, stride 1).
 *
 * @param layers the filter banks, first layer first; channels must chain
 * @param spec   stride, padding and mode of every layer
 */
public record FeatureNet(List<FilterBank> layers, FilterSpec spec) {

    public FeatureNet {
        if (layers == null || layers.isEmpty() || spec == null) {
            throw new IllegalArgumentException("a feature net needs at least one layer and its parameters");
        }
        layers = List.copyOf(layers);
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputChannels() != layers.get(i - 1).outputChannels()) {
                throw new IllegalArgumentException("layer " + (i + 1) + " takes " + layers.get(i).inputChannels()
                        + " channels, layer " + i + " gives " + layers.get(i - 1).outputChannels());
            }
        }
    }

    /** The feature maps after the last ReLU. */
    public Image maps(Image input) {
        Image x = input;
        for (FilterBank layer : layers) {
            x = Relu.of(ReferenceFilter.apply(layer, x, spec));
        }
        return x;
    }

    /** The pooled features: one per output channel of the last layer. */
    public double[] features(Image input) {
        return GlobalAveragePool.of(maps(input));
    }
}
