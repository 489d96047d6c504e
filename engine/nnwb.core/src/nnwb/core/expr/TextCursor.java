package nnwb.core.expr;

/**
 * The characters of one expression being read: a position, whitespace skipping, and the tokens the languages share
 * (names, decimal literals, superscript digits). Reading never throws; languages turn what they read, and where,
 * into their own messages.
 */
public class TextCursor {

    /** The superscript digits ⁰ to ⁹, in order. */
    public static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final String text;
    private int pos;

    /** A cursor at the start of {@code text}. */
    public TextCursor(String text) {
        this.text = text;
    }

    /** The whole text. */
    public final String text() {
        return text;
    }

    /** The index of the next character (0-based). */
    public final int position() {
        return pos;
    }

    /** Moves to {@code position} (back, to take only part of a token; or on, past what was read). */
    public final void rewind(int position) {
        pos = position;
    }

    /** Skips whitespace. */
    public final void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Whether every character has been read. */
    public final boolean atEnd() {
        return pos >= text.length();
    }

    /** The next character; only when not at the end. */
    public final char current() {
        return text.charAt(pos);
    }

    /** Whether the next character is {@code c}. */
    public final boolean at(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    /** Whether the text continues with {@code s}. */
    public final boolean at(String s) {
        return text.startsWith(s, pos);
    }

    /** Reads {@code c} when it is next. */
    public final boolean eat(char c) {
        if (at(c)) {
            pos++;
            return true;
        }
        return false;
    }

    /** Reads the next character when it is one of {@code chars} and returns it; null (reading nothing) otherwise. */
    public final Character eatAny(String chars) {
        if (pos < text.length() && chars.indexOf(text.charAt(pos)) >= 0) {
            return text.charAt(pos++);
        }
        return null;
    }

    /** Reads a run of letters, digits and underscores (a name, once its first character is checked). */
    public final String name() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** Reads a run of decimal digits; empty when none is next. */
    public final String digits() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /**
     * Reads the text of a decimal literal: digits and dots, then an exponent ({@code e-3}) only when digits follow
     * its sign. The text is not checked ({@code 1.2.3} is read whole), so the language can say what is wrong.
     */
    public final String decimal() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                digits();
            } else {
                pos = save;
            }
        }
        return text.substring(start, pos);
    }

    /** Whether a superscript digit is next. */
    public final boolean atSuperscript() {
        return pos < text.length() && SUPERSCRIPTS.indexOf(text.charAt(pos)) >= 0;
    }

    /** Reads at most {@code max} superscript digits as a number; -1 when none is next. */
    public final int superscriptDigits(int max) {
        int value = 0;
        int read = 0;
        while (read < max && atSuperscript()) {
            value = 10 * value + SUPERSCRIPTS.indexOf(text.charAt(pos++));
            read++;
        }
        return read == 0 ? -1 : value;
    }
}
