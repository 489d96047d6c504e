package nnwb.core.check;

import java.time.Duration;

/**
 * Bounds on untrusted input, each enforced with a one-line reason.
 *
 * @param maxFileBytes    largest answers file read
 * @param maxNumberChars  longest number literal parsed (longer ones are refused before parsing)
 * @param maxFormulaChars longest formula parsed
 * @param maxFormulaDepth deepest nesting of parentheses, powers and functions in a formula
 * @param maxTextChars    longest text answer
 * @param maxCells        most cells of a vector, matrix or table, and most answers in a file
 * @param checkTime       time allowed for checking one part
 */
public record Limits(long maxFileBytes, int maxNumberChars, int maxFormulaChars, int maxFormulaDepth,
        int maxTextChars, int maxCells, Duration checkTime) {

    /** 1 MiB files, 100-character numbers, 2000-character formulas nested 50 deep, 20000-character texts, 10000 cells, 2 s per check. */
    public static final Limits DEFAULT = new Limits(1 << 20, 100, 2000, 50, 20_000, 10_000, Duration.ofSeconds(2));

    public Limits {
        if (maxFileBytes < 1 || maxNumberChars < 1 || maxFormulaChars < 1 || maxFormulaDepth < 1 || maxTextChars < 1
                || maxCells < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (checkTime == null || checkTime.isNegative() || checkTime.isZero()) {
            throw new IllegalArgumentException("check time must be positive");
        }
    }

    /** These limits with another file size bound. */
    public Limits withMaxFileBytes(long bytes) {
        return new Limits(bytes, maxNumberChars, maxFormulaChars, maxFormulaDepth, maxTextChars, maxCells, checkTime);
    }

    /** These limits with other formula bounds. */
    public Limits withFormula(int chars, int depth) {
        return new Limits(maxFileBytes, maxNumberChars, chars, depth, maxTextChars, maxCells, checkTime);
    }

    /** These limits with another text bound. */
    public Limits withMaxTextChars(int chars) {
        return new Limits(maxFileBytes, maxNumberChars, maxFormulaChars, maxFormulaDepth, chars, maxCells, checkTime);
    }

    /** These limits with another time per check. */
    public Limits withCheckTime(Duration time) {
        return new Limits(maxFileBytes, maxNumberChars, maxFormulaChars, maxFormulaDepth, maxTextChars, maxCells, time);
    }
}
