package nnwb.core.check;

/**
 * A named symbol a formula may use, with its domain, e.g. {@code K} a positive integer.
 *
 * @param name   as typed: letters, digits and underscores, starting with a letter
 * @param domain where it lives
 */
public record Symbol(String name, Domain domain) {

    public Symbol {
        if (name == null || !name.matches("[\\p{L}][\\p{L}\\p{N}_]{0,31}")) {
            throw new IllegalArgumentException("a symbol name is a letter then up to 31 letters, digits or underscores, got "
                    + Echo.quote(String.valueOf(name)));
        }
        if (domain == null) {
            throw new IllegalArgumentException("symbol " + name + " needs a domain");
        }
    }

    /** A symbol in {@code domain}. */
    public static Symbol of(String name, Domain domain) {
        return new Symbol(name, domain);
    }
}
