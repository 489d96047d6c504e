package nnwb.core.cost;

/**
 * Weight initialisations and the variance each gives a weight, for fan-in
 * {@code fi} and fan-out {@code fo}: He (normal or uniform) {@code 2/fi},
 * Xavier/Glorot (normal or uniform) {@code 2/(fi+fo)}, LeCun {@code 1/fi},
 * N(0,1) with the layer output multiplied by a constant {@code c} (effective
 * variance {@code c²}), and uniform on {@code [-a, a]} ({@code a²/3}). The
 * uniform variants of He and Xavier use bounds that give the same variance
 * as the normal ones.
 */
public enum InitScheme {
    HE_NORMAL, HE_UNIFORM, XAVIER_NORMAL, XAVIER_UNIFORM, LECUN_NORMAL, UNIT_NORMAL_SCALED, UNIFORM;

    /** Effective weight variance; {@code scale} is c for UNIT_NORMAL_SCALED and a for UNIFORM. */
    public double weightVariance(double fanIn, double fanOut, double scale) {
        return switch (this) {
            case HE_NORMAL, HE_UNIFORM -> 2 / fanIn;
            case XAVIER_NORMAL, XAVIER_UNIFORM -> 2 / (fanIn + fanOut);
            case LECUN_NORMAL -> 1 / fanIn;
            case UNIT_NORMAL_SCALED -> scale * scale;
            case UNIFORM -> scale * scale / 3;
        };
    }

    /** The bound {@code a} of the uniform variants (U[-a, a]); NaN for normal ones. */
    public double uniformBound(double fanIn, double fanOut, double scale) {
        return switch (this) {
            case HE_UNIFORM -> Math.sqrt(6 / fanIn);
            case XAVIER_UNIFORM -> Math.sqrt(6 / (fanIn + fanOut));
            case UNIFORM -> scale;
            default -> Double.NaN;
        };
    }
}
