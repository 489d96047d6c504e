package nnwb.core.filter.equivariance;

import nnwb.core.filter.Image;

/** Global average pooling: the mean of each channel over the whole image, one feature per channel. */
public final class GlobalAveragePool {

    private GlobalAveragePool() {
    }

    /** One mean per channel. */
    public static double[] of(Image image) {
        double[] out = new double[image.channelCount()];
        double cells = (double) image.rows() * image.cols();
        for (int c = 0; c < out.length; c++) {
            out[c] = image.channel(c).sum() / cells;
        }
        return out;
    }
}
