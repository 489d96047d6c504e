package nnwb.core.conv;

/** An inclusive range of cell indices, {@code first..last}. */
public record IndexRange(long first, long last) {

    /** How many cells the range holds. */
    public long size() {
        return last - first + 1;
    }

    @Override
    public String toString() {
        return first == last ? Long.toString(first) : first + ".." + last;
    }
}
