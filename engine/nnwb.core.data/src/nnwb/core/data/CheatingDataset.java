package nnwb.core.data;

import java.util.List;
import java.util.Random;

/**
 * The "cheating feature" data of the earlier Berkeley homework's dropout problem: two classes of
 * {@code size × size} single-channel inputs. Every input but one is a weak, noisy clue ({@code ±signal} by class
 * plus Gaussian noise of deviation {@code noise}); the leaking input ({@link #LEAK}, the top-left pixel) equals the
 * label ({@code +1} for class 1, {@code −1} for class 0) in the training set, and is {@code ±1} at random,
 * independent of the label, in the clean validation set. A network that leans on it is right on its training data
 * and guesses on the clean data; dropout on the inputs makes it rely on the other clues too.
 */
public final class CheatingDataset {

    /** The index of the leaking input (the top-left pixel, row 0 column 0). */
    public static final int LEAK = 0;
    /** Class names in label order. */
    public static final List<String> CLASS_NAMES = List.of("negative", "positive");

    /**
     * How to generate the data.
     *
     * @param perClass    training examples per class
     * @param valPerClass clean validation examples per class
     * @param size        the side of the input image ({@code size²} inputs, one of them leaking)
     * @param signal      the class mean of each honest input ({@code −signal} for class 0, {@code +signal} for 1)
     * @param noise       the deviation of the Gaussian noise on each honest input
     * @param seed        the seed of the data
     */
    public record Options(int perClass, int valPerClass, int size, double signal, double noise, long seed) {

        public Options {
            if (perClass < 1 || valPerClass < 1 || (long) 2 * (perClass + valPerClass) > EdgeOptions.MAX_IMAGES) {
                throw new IllegalArgumentException("cheating: examples per class must be 1.." + EdgeOptions.MAX_IMAGES / 4
                        + ", got " + perClass + " and " + valPerClass);
            }
            if (size < 2 || size > 64) {
                throw new IllegalArgumentException("cheating: size must be 2..64 (size² inputs), got " + size);
            }
            if (!(signal >= 0 && signal <= 10) || !(noise >= 0 && noise <= 10)) {
                throw new IllegalArgumentException("cheating: signal and noise must be 0..10, got " + signal + " and " + noise);
            }
        }
    }

    private CheatingDataset() {
    }

    /** Training data with the leak and clean validation data for {@code o}; {@code spec} is recorded in the dataset. */
    public static Dataset generate(Options o, String spec) {
        Random rnd = new Random(o.seed());
        ImageSet train = examples(o, o.perClass(), true, rnd);
        ImageSet val = examples(o, o.valPerClass(), false, rnd);
        String what = o.perClass() + " training and " + o.valPerClass() + " clean validation examples per class, "
                + o.size() * o.size() + " inputs (" + o.size() + "x" + o.size() + "), honest inputs ±" + o.signal()
                + " with noise " + o.noise() + "; the top-left input equals the label (±1) in training only";
        return new Dataset(spec, "Cheating feature: " + what, train, val, CLASS_NAMES, List.of());
    }

    private static ImageSet examples(Options o, int perClass, boolean leak, Random rnd) {
        int per = o.size() * o.size();
        int n = 2 * perClass;
        float[] px = new float[n * per];
        int[] labels = new int[n];
        for (int k = 0; k < n; k++) {
            int c = k % 2;
            labels[k] = c;
            double sign = c == 1 ? 1 : -1;
            for (int i = 0; i < per; i++) {
                px[k * per + i] = (float) (sign * o.signal() + o.noise() * rnd.nextGaussian());
            }
            px[k * per + LEAK] = leak ? (float) sign : rnd.nextBoolean() ? 1f : -1f;
        }
        return new ImageSet(1, o.size(), o.size(), px, labels, 1, 2);
    }

    /**
     * How much a first layer leans on the leaking input: the mean absolute weight on it over the mean absolute weight
     * on the honest inputs, from {@code weights} as {@code units × inputs} (row-major); 1 means no preference.
     */
    public static double leakShare(float[] weights, int inputs) {
        if (inputs < 2 || weights.length == 0 || weights.length % inputs != 0) {
            throw new IllegalArgumentException("weights must be whole rows of " + inputs + " inputs, got " + weights.length);
        }
        double leak = 0;
        double honest = 0;
        for (int i = 0; i < weights.length; i++) {
            if (i % inputs == LEAK) {
                leak += Math.abs(weights[i]);
            } else {
                honest += Math.abs(weights[i]);
            }
        }
        int units = weights.length / inputs;
        return (leak / units) / (honest / (units * (inputs - 1.0)));
    }
}
