package nnwb.core.check;

/**
 * How a number answer is judged besides its key.
 *
 * @param tolerance    how close counts as right
 * @param sigFigs      significant figures asked for; 0 when any form is fine
 * @param sigFigCredit credit for the right value in the wrong number of significant figures
 * @param unitRequired whether a size or time must come with its unit (otherwise the key's unit is assumed)
 */
public record NumberRule(Tolerance tolerance, int sigFigs, double sigFigCredit, boolean unitRequired) {

    public NumberRule {
        if (tolerance == null) {
            throw new IllegalArgumentException("a number rule needs a tolerance");
        }
        if (sigFigs < 0 || sigFigs > 30) {
            throw new IllegalArgumentException("significant figures must be 0 (any) to 30, got " + sigFigs);
        }
        if (!(sigFigCredit >= 0 && sigFigCredit <= 1)) {
            throw new IllegalArgumentException("credit for wrong significant figures must be in [0, 1]");
        }
    }

    /** Within {@code tolerance}, any form, unit required for sizes and times. */
    public static NumberRule of(Tolerance tolerance) {
        return new NumberRule(tolerance, 0, 0.5, true);
    }

    /** This rule asking for {@code n} significant figures (half credit otherwise). */
    public NumberRule withSigFigs(int n) {
        return new NumberRule(tolerance, n, sigFigCredit, unitRequired);
    }

    /** This rule assuming the key's unit when none is written. */
    public NumberRule unitOptional() {
        return new NumberRule(tolerance, sigFigs, sigFigCredit, false);
    }
}
