package nnwb.compute.bench;

import java.util.List;

/**
 * What to benchmark.
 *
 * @param models  model names from {@link #MODELS}
 * @param batches batch sizes, e.g. 64 and 256
 * @param images  images per measured epoch (rounded to whole batches)
 * @param epochs  measured epochs per case; the median counts (one unmeasured epoch warms up first)
 */
public record BenchOptions(List<String> models, List<Integer> batches, int images, int epochs) {

    /** The edge-detection CNN on 28x28x1 (CONV3-10, POOL2, CONV3-10, POOL2, FC-3). */
    public static final String EDGE_CNN = "edge-cnn";
    /** A small ResNet on 32x32x3. */
    public static final String SMALL_RESNET = "small-resnet";
    /** All models. */
    public static final List<String> MODELS = List.of(EDGE_CNN, SMALL_RESNET);

    public BenchOptions {
        models = List.copyOf(models);
        batches = List.copyOf(batches);
        for (String m : models) {
            if (!MODELS.contains(m)) {
                throw new IllegalArgumentException("unknown model '" + m + "', known: " + MODELS);
            }
        }
        if (images < 1 || epochs < 1 || batches.isEmpty() || batches.stream().anyMatch(b -> b < 1)) {
            throw new IllegalArgumentException("images, epochs and batches must be positive");
        }
    }

    /** Both models at batch 64 and 256, as BENCHMARKS.md reports them. */
    public static BenchOptions standard() {
        return new BenchOptions(MODELS, List.of(64, 256), 2048, 5);
    }
}
