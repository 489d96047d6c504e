package nnwb.core.check;

/**
 * How a number answer is judged besides its key.
 *
 * @param tolerance    how close counts as right
 * @param sigFigs      significant figures asked for; 0 when any form is fine
 * @param sigFigCredit credit for the right value in the wrong number of significant figures
 * @param unitRequired whether a size or time must come with its unit (otherwise the key's unit is assumed)
 * @param bytes        what the sheet means by KB, MB, GB and TB
 */
public record NumberRule(Tolerance tolerance, int sigFigs, double sigFigCredit, boolean unitRequired, ByteUnits bytes) {

    /** What a sheet means by KB, MB, GB, TB (KiB, MiB... always mean powers of 2). */
    public enum ByteUnits {
        /** SI: MB is 10^6 bytes (the default; a number that fits MiB is named in the key detail). */
        SI,
        /** The sheet writes MB for 2^20 bytes: a student's MB is read as MiB. */
        BINARY,
        /** The sheet's MB may mean either: both readings are tried and the verdict says which one matched. */
        EITHER
    }

    /** A rule with SI byte units. */
    public NumberRule(Tolerance tolerance, int sigFigs, double sigFigCredit, boolean unitRequired) {
        this(tolerance, sigFigs, sigFigCredit, unitRequired, ByteUnits.SI);
    }

    public NumberRule {
        if (bytes == null) {
            throw new IllegalArgumentException("a number rule needs a byte-unit convention");
        }
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
        return new NumberRule(tolerance, n, sigFigCredit, unitRequired, bytes);
    }

    /** This rule assuming the key's unit when none is written. */
    public NumberRule unitOptional() {
        return new NumberRule(tolerance, sigFigs, sigFigCredit, false, bytes);
    }

    /** This rule reading KB, MB, GB, TB as the sheet means them. */
    public NumberRule withBytes(ByteUnits convention) {
        return new NumberRule(tolerance, sigFigs, sigFigCredit, unitRequired, convention);
    }
}
