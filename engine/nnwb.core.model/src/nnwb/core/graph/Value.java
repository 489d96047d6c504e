package nnwb.core.graph;

import nnwb.core.symbolic.Poly;

/** The value of an argument: a size (polynomial) or a word such as {@code false} or {@code circular}. */
public record Value(Poly poly, String word) {

    static Value of(Poly p) {
        return new Value(p, null);
    }

    static Value word(String w) {
        return new Value(null, w);
    }

    boolean isWord() {
        return word != null;
    }
}
