package nnwb.core.check;

/**
 * A number with the unit written after it, as a student typed it.
 *
 * @param number    the number and its significant figures
 * @param unit      the unit; {@link Units#COUNT} when none was written
 * @param unitGiven whether a unit was written
 */
public record Quantity(NumberLiteral number, Unit unit, boolean unitGiven) {

    /** Characters allowed for the unit after the number. */
    public static final int MAX_UNIT_CHARS = 40;

    /**
     * Reads a number and an optional unit, e.g. {@code 1.5 MiB}, {@code 3e-3 s}, {@code 1.2M params};
     * {@code expected} only names the accepted units when the unit is unknown. Overlong text is
     * refused before anything is parsed.
     */
    public static Quantity parse(String text, int maxNumberChars, Dimension expected) {
        if (text.length() > maxNumberChars + MAX_UNIT_CHARS) {
            throw new IllegalArgumentException("answer is " + text.length() + " characters long; a number may have at most "
                    + maxNumberChars + " (and its unit " + MAX_UNIT_CHARS + ")");
        }
        NumberLiteral.ParsedPrefix p = NumberLiteral.parsePrefix(text, maxNumberChars + MAX_UNIT_CHARS);
        if (p.chars() > maxNumberChars) {
            throw new IllegalArgumentException("number is " + p.chars() + " characters long; at most " + maxNumberChars
                    + " allowed");
        }
        if (p.rest().isEmpty()) {
            return new Quantity(p.number(), Units.COUNT, false);
        }
        return new Quantity(p.number(), Units.parse(p.rest(), expected), true);
    }
}
