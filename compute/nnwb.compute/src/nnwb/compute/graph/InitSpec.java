package nnwb.compute.graph;

/**
 * A weight initialisation for every convolution and fully connected layer; biases start at zero.
 *
 * @param scheme the distribution
 * @param scale  c of {@link Scheme#NORMAL_SCALED}, a of {@link Scheme#UNIFORM}; ignored by the others
 */
public record InitSpec(Scheme scheme, double scale) {

    /** Distributions, with the variance each gives a weight for fan-in fi and fan-out fo. */
    public enum Scheme {
        /** N(0, 2/fi). */
        HE_NORMAL,
        /** U[-√(6/fi), √(6/fi)]. */
        HE_UNIFORM,
        /** N(0, 2/(fi+fo)). */
        XAVIER_NORMAL,
        /** U[-√(6/(fi+fo)), √(6/(fi+fo))]. */
        XAVIER_UNIFORM,
        /** N(0, 1/fi). */
        LECUN_NORMAL,
        /**
         * N(0,1) weights with the layer output multiplied by c; sampled as N(0, c²) weights, which gives the same
         * outputs and gradients with respect to activations (zero biases).
         */
        NORMAL_SCALED,
        /** U[-a, a]. */
        UNIFORM
    }

    public InitSpec {
        if (scheme == null) {
            throw new IllegalArgumentException("scheme");
        }
        if ((scheme == Scheme.NORMAL_SCALED || scheme == Scheme.UNIFORM) && !(scale > 0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException(scheme + " needs a positive finite scale, got " + scale);
        }
    }
}
