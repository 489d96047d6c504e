package nnwb.core.optim.update;

import java.util.List;
import java.util.Locale;

/**
 * Where ε sits in an adaptive update's denominator. With {@code v̂ = v/(1−β₂ᵗ)} the bias-corrected
 * second moment and {@code m̂ = m/(1−β₁ᵗ)}:
 * <ul>
 * <li>{@link #OUTSIDE}: {@code m̂ / (√v̂ + ε)} (PyTorch, the EPFL sheet, the Adam paper's Algorithm 1);</li>
 * <li>{@link #INSIDE}: {@code m̂ / √(v̂ + ε)};</li>
 * <li>{@link #OUTSIDE_UNCORRECTED}: {@code αₜ·m / (√v + ε)} with {@code αₜ = √(1−β₂ᵗ)/(1−β₁ᵗ)}, the
 * Adam paper's "efficient" form, as TensorFlow writes it (ε added to the uncorrected √v);</li>
 * <li>{@link #INSIDE_UNCORRECTED}: {@code αₜ·m / √(v + ε)}.</li>
 * </ul>
 * Without bias correction each uncorrected form equals its corrected one. For RMSProp and Adagrad,
 * which have no bias correction, only {@code outside} and {@code inside} are offered.
 */
public enum EpsPlacement {
    OUTSIDE, INSIDE, OUTSIDE_UNCORRECTED, INSIDE_UNCORRECTED;

    /** The word users type, e.g. {@code outside-uncorrected}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether ε is added under the square root. */
    public boolean inside() {
        return this == INSIDE || this == INSIDE_UNCORRECTED;
    }

    /** From its {@link #key()}. */
    public static EpsPlacement of(String key) {
        for (EpsPlacement e : values()) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown eps placement '" + key + "'");
    }

    /** All keys. */
    public static List<String> keys() {
        return java.util.Arrays.stream(values()).map(EpsPlacement::key).toList();
    }

    /** {@code 1/(√s + ε)} or {@code 1/√(s + ε)}: the denominator's reciprocal for a second moment {@code s}. */
    public double reciprocal(double s, double eps) {
        return inside() ? 1 / Math.sqrt(s + eps) : 1 / (Math.sqrt(s) + eps);
    }
}
