package nnwb.core.check;

/** Ways a vector or matrix answer may differ from its key and still count, where the problem says so. */
public enum Freedom {
    /** One common non-zero factor (e.g. an eigenvector). */
    SCALE("up to scale"),
    /** One common sign. */
    SIGN("up to sign"),
    /** The columns in any order (the entries, for a vector). */
    PERMUTATION("up to the order of the columns");

    private final String words;

    Freedom(String words) {
        this.words = words;
    }

    /** Plain words, e.g. "up to sign". */
    public String words() {
        return words;
    }
}
