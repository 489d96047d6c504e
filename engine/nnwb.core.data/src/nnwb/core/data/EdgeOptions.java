package nnwb.core.data;

/**
 * How to generate the edge-detection images.
 *
 * @param perClass    training images per class
 * @param valPerClass validation images per class
 * @param size        image height and width
 * @param classes     3 (horizontal, vertical, no edge) up to 6 (adds diagonal, anti-diagonal, cross)
 * @param shift       true: training edges lie in the top (horizontal) or left (vertical) half, validation edges in
 *                    the other half (domain shift)
 * @param permute     true: one fixed random permutation of the pixels, the same for every image
 * @param noise       standard deviation of the Gaussian noise added to every pixel
 * @param seed        seed of the images (not of the network)
 */
public record EdgeOptions(int perClass, int valPerClass, int size, int classes, boolean shift, boolean permute,
        double noise, long seed) {

    /** The seed of the one pixel permutation, fixed so that every run permutes alike. */
    public static final long PERMUTATION_SEED = 182;
    /** Largest number of generated images (training and validation together). */
    public static final long MAX_IMAGES = 1_000_000;

    public EdgeOptions {
        if (perClass < 1 || valPerClass < 1) {
            throw new IllegalArgumentException("images per class must be >= 1, got " + Math.min(perClass, valPerClass));
        }
        if (size < 8 || size > 256) {
            throw new IllegalArgumentException("size must be 8..256, got " + size);
        }
        if (classes < 3 || classes > EdgeDataset.CLASS_NAMES.size()) {
            throw new IllegalArgumentException("classes must be 3.." + EdgeDataset.CLASS_NAMES.size() + ", got " + classes);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be 0..1, got " + noise);
        }
        if ((long) (perClass + valPerClass) * classes > MAX_IMAGES) {
            throw new IllegalArgumentException("at most " + MAX_IMAGES + " images, asked for "
                    + (long) (perClass + valPerClass) * classes);
        }
    }

    /** 20 training and 100 validation images per class, 28x28, three classes, noise 0.05, seed 0. */
    public static EdgeOptions defaults() {
        return new EdgeOptions(20, 100, 28, 3, false, false, 0.05, 0);
    }
}
