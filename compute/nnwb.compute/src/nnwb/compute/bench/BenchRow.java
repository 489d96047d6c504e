package nnwb.compute.bench;

/**
 * One benchmark case.
 *
 * @param model           a name from {@link BenchOptions#MODELS}
 * @param phase           "train" (forward, backward, update) or "inference" (forward)
 * @param batch           batch size
 * @param imagesPerSecond median over the measured epochs
 * @param threads         compute threads of the backend
 * @param backend         the backend's name
 */
public record BenchRow(String model, String phase, int batch, double imagesPerSecond, int threads, String backend) {
}
