package nnwb.core.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import nnwb.core.symbolic.Rational;

/**
 * The characters of a formula being read: a position, whitespace skipping, number and name
 * tokens, superscript exponents, and errors that name the character where reading stopped.
 */
final class FormulaText {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final String s;
    private int pos;

    FormulaText(String s) {
        this.s = s;
    }

    /** Typed alternatives written the one way the parser reads: − · × ÷ ** become - * * / ^. */
    static String normalise(String text) {
        return text.strip().replace('−', '-').replace('–', '-').replace('·', '*').replace('×', '*').replace('∙', '*')
                .replace('÷', '/').replace("**", "^");
    }

    /** The deepest nesting of parentheses, found in one pass before any parsing. */
    static int nesting(String s) {
        int d = 0;
        int max = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                max = Math.max(max, ++d);
            } else if (c == ')') {
                d--;
            }
        }
        return max;
    }

    void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    boolean atEnd() {
        return pos >= s.length();
    }

    /** The current character; only when not at the end. */
    char current() {
        return s.charAt(pos);
    }

    boolean eat(char c) {
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    /** Whether a superscript exponent (², ⁻¹) follows. */
    boolean atSuperscript() {
        return pos < s.length() && (SUPERSCRIPTS.indexOf(s.charAt(pos)) >= 0 || s.charAt(pos) == '⁻');
    }

    /** Reads a superscript exponent of up to three digits. */
    int superscript() {
        boolean negative = eat('⁻');
        int start = pos;
        while (pos < s.length() && SUPERSCRIPTS.indexOf(s.charAt(pos)) >= 0 && pos - start < 3) {
            pos++;
        }
        if (start == pos) {
            throw error("exponent expected");
        }
        int e = 0;
        for (int i = start; i < pos; i++) {
            e = 10 * e + SUPERSCRIPTS.indexOf(s.charAt(i));
        }
        return negative ? -e : e;
    }

    /** Reads a decimal number such as {@code 2}, {@code 0.5} or {@code 1e-3} exactly; its length is bounded first. */
    Rational number(int maxChars) {
        int start = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        String lit = s.substring(start, pos);
        if (lit.length() > maxChars) {
            throw new IllegalArgumentException("a number in the formula is " + lit.length() + " characters long; at most "
                    + maxChars + " allowed");
        }
        try {
            BigDecimal d = new BigDecimal(lit);
            if (d.signum() != 0 && Math.abs(d.precision() - d.scale() - 1) > NumberLiteral.MAX_EXPONENT) {
                throw error("number out of range: " + lit);
            }
            return rational(d);
        } catch (NumberFormatException e) {
            pos = start;
            throw error("not a number: " + Echo.quote(lit));
        }
    }

    /** Reads a name: a letter, then letters, digits or underscores. */
    String name() {
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
            pos++;
        }
        return s.substring(start, pos);
    }

    /** Moves back to {@code position} (to take only part of a name). */
    void rewind(int position) {
        pos = position;
    }

    int position() {
        return pos;
    }

    /** The current character quoted, or "end". */
    String here() {
        return pos < s.length() ? Echo.quote(String.valueOf(s.charAt(pos))) : "end";
    }

    IllegalArgumentException error(String what) {
        return new IllegalArgumentException("cannot read the formula at character " + (pos + 1) + ": " + what);
    }

    /** The exact rational value of a decimal. */
    static Rational rational(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        return d.scale() >= 0 ? Rational.of(unscaled, BigInteger.TEN.pow(d.scale()))
                : Rational.of(unscaled.multiply(BigInteger.TEN.pow(-d.scale())));
    }
}
