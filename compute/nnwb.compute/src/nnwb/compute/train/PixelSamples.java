package nnwb.compute.train;

import java.util.List;

/**
 * For pixel-wise classification (colourisation): a few validation examples after an epoch.
 *
 * @param epoch     after which epoch
 * @param height    rows
 * @param width     columns
 * @param inputs    the grey inputs, {@code height * width} values each
 * @param predicted the predicted class of every pixel
 * @param truth     the true class of every pixel
 */
public record PixelSamples(int epoch, int height, int width, List<float[]> inputs, List<int[]> predicted, List<int[]> truth) {

    public PixelSamples {
        inputs = List.copyOf(inputs);
        predicted = List.copyOf(predicted);
        truth = List.copyOf(truth);
    }
}
