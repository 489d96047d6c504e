package nnwb.core.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An image as one matrix per channel (1 grayscale, 3 red/green/blue, or any number of feature maps), all of
 * the same shape. Values are plain doubles; generated images lie in 0..1.
 *
 * @param channels the channels, at least one
 */
public record Image(List<Matrix> channels) {

    /** The largest number of channels (feature maps of a filter bank included). */
    public static final int MAX_CHANNELS = 1024;

    public Image {
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("an image needs at least one channel");
        }
        channels = List.copyOf(channels);
        if (channels.size() > MAX_CHANNELS) {
            throw new IllegalArgumentException("an image has at most " + MAX_CHANNELS + " channels, got " + channels.size());
        }
        Matrix first = channels.get(0);
        for (int i = 1; i < channels.size(); i++) {
            if (!channels.get(i).sameShape(first)) {
                throw new IllegalArgumentException("channel " + i + " is " + channels.get(i).rows() + " x "
                        + channels.get(i).cols() + ", channel 0 is " + first.rows() + " x " + first.cols());
            }
        }
    }

    /** A one-channel image. */
    public static Image gray(Matrix m) {
        return new Image(List.of(m));
    }

    /** A red, green, blue image. */
    public static Image rgb(Matrix red, Matrix green, Matrix blue) {
        return new Image(List.of(red, green, blue));
    }

    public int rows() {
        return channels.get(0).rows();
    }

    public int cols() {
        return channels.get(0).cols();
    }

    public int channelCount() {
        return channels.size();
    }

    /** Channel {@code i}. */
    public Matrix channel(int i) {
        if (i < 0 || i >= channels.size()) {
            throw new IllegalArgumentException("channel " + i + " does not exist; the image has " + channels.size());
        }
        return channels.get(i);
    }

    /** Whether the image has one channel. */
    public boolean isGray() {
        return channels.size() == 1;
    }

    /** Every channel mapped through {@code f}. */
    public Image map(UnaryOperator<Matrix> f) {
        List<Matrix> out = new ArrayList<>();
        channels.forEach(c -> out.add(f.apply(c)));
        return new Image(out);
    }

    /**
     * A one-channel version: for three channels the luma {@code 0.299 R + 0.587 G + 0.114 B} (ITU-R BT.601), for
     * other counts the mean of the channels; a grayscale image is returned as is.
     */
    public Image toGray() {
        if (isGray()) {
            return this;
        }
        double[] w = channels.size() == 3 ? new double[] {0.299, 0.587, 0.114}
                : java.util.Collections.nCopies(channels.size(), 1.0 / channels.size()).stream().mapToDouble(Double::doubleValue).toArray();
        return gray(Matrix.generate(rows(), cols(), (r, c) -> {
            double s = 0;
            for (int i = 0; i < w.length; i++) {
                s += w[i] * channels.get(i).get(r, c);
            }
            return s;
        }));
    }

    /** The largest absolute difference to an image of the same shape, over all channels. */
    public double maxAbsDifference(Image other) {
        if (other.channelCount() != channelCount()) {
            throw new IllegalArgumentException("cannot compare " + channelCount() + " channels with " + other.channelCount());
        }
        double m = 0;
        for (int i = 0; i < channels.size(); i++) {
            m = Math.max(m, channels.get(i).maxAbsDifference(other.channel(i)));
        }
        return m;
    }
}
