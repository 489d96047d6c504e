package nnwb.assignment.ui.internal;

import java.util.List;

/**
 * A statement ready to show: plain text with styled spans and mathematics, display-free. A
 * mathematics span covers one object character ({@link #OBJECT}) that the viewer draws as the
 * typeset formula.
 *
 * @param text  the text, paragraphs separated by blank lines
 * @param spans styles and formulas, by offset
 */
public record StatementModel(String text, List<Span> spans) {

    /** The character a formula stands on. */
    public static final char OBJECT = '\uFFFC';

    public StatementModel {
        spans = List.copyOf(spans);
    }

    /** What a span is. */
    public enum Style {
        HEADING, BOLD, ITALIC, CODE, LINK, INLINE_MATH, DISPLAY_MATH
    }

    /**
     * A styled range of the text.
     *
     * @param start  offset
     * @param length characters (1 for mathematics)
     * @param style  its style
     * @param latex  the formula for mathematics, empty otherwise
     */
    public record Span(int start, int length, Style style, String latex) {
    }

    /** The formulas, in order. */
    public List<Span> math() {
        return spans.stream().filter(s -> s.style() == Style.INLINE_MATH || s.style() == Style.DISPLAY_MATH).toList();
    }
}
