package nnwb.core.check;

/** What a quantity measures; a value is only compared with one of the same dimension. */
public enum Dimension {
    /** A plain count (parameters, multiplications, cells); scale words such as "M" allowed. */
    COUNT("a count"),
    /** Memory. */
    BYTES("a size in bytes"),
    /** Time. */
    TIME("a time");

    private final String words;

    Dimension(String words) {
        this.words = words;
    }

    /** Plain words, e.g. "a size in bytes". */
    public String words() {
        return words;
    }
}
