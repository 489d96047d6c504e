package nnwb.compute.train;

import java.util.List;

/**
 * The weights of the first layer as small images: a convolution's kernels (first input channel) or a fully
 * connected layer's weights per unit reshaped to the input image (first channel).
 *
 * @param layer   the layer's name
 * @param epoch   after which epoch (0: at initialisation)
 * @param kernels one {@code rows x columns} matrix per filter or unit, at most 32
 */
public record LayerKernels(String layer, int epoch, List<double[][]> kernels) {

    public LayerKernels {
        kernels = List.copyOf(kernels);
    }

    /** E.g. "conv1 after epoch 3". */
    public String title() {
        return layer + (epoch == 0 ? " at initialisation" : " after epoch " + epoch);
    }
}
