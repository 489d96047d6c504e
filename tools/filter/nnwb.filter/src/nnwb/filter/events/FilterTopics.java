package nnwb.filter.events;

/**
 * Topics the filter canvas subscribes to. Post through the e4 {@code IEventBroker}; the canvas view need not be open
 * (it opens itself when a tool posts, if the workbench lets it).
 */
public final class FilterTopics {

    /**
     * Show these kernels in the Learned filters tab, with their frequency responses, ready to apply. Data: a
     * {@link KernelSet}, or a {@code Map} with {@code "title"} (a String) and {@code "kernels"} (a
     * {@code List<double[][]>}, rows of weights, cross-correlation kernels as deep-learning layers use them).
     */
    public static final String OPEN_KERNELS = "nnwb/filter/openKernels";

    /**
     * Open a trained model and show its first convolution layer's kernels. Data: a {@code java.nio.file.Path} or a
     * String path: a DL4J {@code MultiLayerNetwork} zip, or a folder (a training run) holding one.
     */
    public static final String OPEN_MODEL = "nnwb/filter/openModel";

    private FilterTopics() {
    }
}
