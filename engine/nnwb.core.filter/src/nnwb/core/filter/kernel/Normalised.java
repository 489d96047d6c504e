package nnwb.core.filter.kernel;

import nnwb.core.filter.Num;

/**
 * The result of normalising a kernel, with the rule that was applied.
 *
 * @param kernel  the normalised kernel
 * @param rule    which rule applied
 * @param divisor what the weights were divided by (1 when unchanged)
 */
public record Normalised(Kernel kernel, Rule rule, double divisor) {

    /** The rules, tried in order. */
    public enum Rule {
        /** The weights sum to a non-zero value: divided by it, so that they sum to 1 (a constant passes unchanged). */
        BY_SUM,
        /**
         * The weights sum to zero (an edge or Laplacian filter): divided by the sum of the positive weights, so
         * that the positive weights sum to 1 and the negative ones to -1; a constant still maps to 0.
         */
        BY_POSITIVE_SUM,
        /** All weights are zero: nothing to scale. */
        UNCHANGED
    }

    /**
     * Normalises {@code k}. The sum counts as zero when its magnitude is at most {@code 1e-12} times the sum of
     * the absolute weights.
     */
    public static Normalised of(Kernel k) {
        double abs = k.values().absSum();
        if (abs == 0) {
            return new Normalised(k, Rule.UNCHANGED, 1);
        }
        double sum = k.sum();
        if (Math.abs(sum) > 1e-12 * abs) {
            return new Normalised(new Kernel(k.values().map(v -> v / sum)), Rule.BY_SUM, sum);
        }
        double positive = (abs + sum) / 2;
        return new Normalised(new Kernel(k.values().map(v -> v / positive)), Rule.BY_POSITIVE_SUM, positive);
    }

    /** A one-line account for the user. */
    public String message() {
        return switch (rule) {
            case BY_SUM -> "divided by the sum " + Num.format(divisor) + ": the weights now sum to 1";
            case BY_POSITIVE_SUM -> "the weights sum to 0, so divided by the sum of the positive weights "
                    + Num.format(divisor) + ": positive weights sum to 1, negative ones to -1";
            case UNCHANGED -> "all weights are 0: nothing to normalise";
        };
    }
}
