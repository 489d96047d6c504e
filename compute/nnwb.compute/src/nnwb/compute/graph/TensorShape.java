package nnwb.compute.graph;

/**
 * The shape of one example: a vector of {@code channels} features (rank 0), or {@code channels} maps of
 * {@code height x width} (rank 2; rank 1 sequences run with height 1).
 *
 * @param rank spatial axes as written in the model: 0, 1 or 2
 */
public record TensorShape(int channels, int height, int width, int rank) {

    public TensorShape {
        if (channels < 1 || height < 1 || width < 1 || rank < 0 || rank > 2) {
            throw new IllegalArgumentException("bad shape " + channels + "x" + height + "x" + width + " rank " + rank);
        }
        if (rank == 0 && (height != 1 || width != 1)) {
            throw new IllegalArgumentException("a vector has no spatial size");
        }
    }

    public static TensorShape vector(int features) {
        return new TensorShape(features, 1, 1, 0);
    }

    public static TensorShape image(int channels, int height, int width) {
        return new TensorShape(channels, height, width, 2);
    }

    public boolean isVector() {
        return rank == 0;
    }

    /** Values in one example. */
    public long elements() {
        return (long) channels * height * width;
    }

    @Override
    public String toString() {
        return rank == 0 ? Integer.toString(channels) : channels + "x" + height + "x" + width;
    }
}
