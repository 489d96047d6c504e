package nnwb.compute.dl4j.kernels;

import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Layer kernels of our own that replace DL4J's layer helpers (issue 29), contributed as an OSGi service by a
 * bundle that may need a newer Java than this one (nnwb.compute.onednn3, Java 22+ for the FFM API). The compute
 * service takes it optionally: without it every layer keeps DL4J's own path.
 */
public interface LayerKernels {

    /** The name users select it by, e.g. {@code onednn3}. */
    String name();

    /** A line on the native library it runs on, e.g. "oneDNN 3.8.1 (/home/u/.javacpp/cache/...)". */
    String description();

    /**
     * Loads the native library if needed; null when usable, else the one-line reason it is not (no
     * such library, an unsupported CPU, a missing runtime library).
     */
    String unavailable();

    /**
     * A helper for one 2-D convolution layer, its primitives checked on a nominal shape first.
     *
     * @param layer the layer's configuration (kernel, stride, padding, dilation, mode, data format)
     * @param type  the network's data type
     * @param first whether the layer is the network's first, so that its input gradient is never needed
     * @throws KernelRefusal when the kernels cannot do this layer (the reason in the message)
     */
    ConvolutionHelper convolution(org.deeplearning4j.nn.conf.layers.ConvolutionLayer layer, DataType type,
            boolean first) throws KernelRefusal;

    /** The kernels cannot do a layer; DL4J's path stays. */
    final class KernelRefusal extends Exception {
        private static final long serialVersionUID = 1L;

        public KernelRefusal(String reason) {
            super(reason);
        }
    }
}
