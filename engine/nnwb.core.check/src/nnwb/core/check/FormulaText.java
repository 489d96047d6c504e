package nnwb.core.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import nnwb.core.expr.TextCursor;
import nnwb.core.symbolic.Rational;

/**
 * The characters of a formula being read: the kernel's {@link TextCursor} (position, whitespace, names,
 * decimal literals) with exact numbers, signed superscript exponents and errors that name the character
 * where reading stopped.
 */
final class FormulaText extends TextCursor {

    FormulaText(String s) {
        super(s);
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

    /** Whether a superscript exponent (², ⁻¹) follows. */
    boolean atExponent() {
        return atSuperscript() || at('⁻');
    }

    /** Reads a superscript exponent of up to three digits. */
    int superscript() {
        boolean negative = eat('⁻');
        int e = superscriptDigits(3);
        if (e < 0) {
            throw error("exponent expected");
        }
        return negative ? -e : e;
    }

    /** Reads a decimal number such as {@code 2}, {@code 0.5} or {@code 1e-3} exactly; its length is bounded first. */
    Rational number(int maxChars) {
        int start = position();
        String lit = decimal();
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
            rewind(start);
            throw error("not a number: " + Echo.quote(lit));
        }
    }

    /** The current character quoted, or "end". */
    String here() {
        return atEnd() ? "end" : Echo.quote(String.valueOf(current()));
    }

    IllegalArgumentException error(String what) {
        return new IllegalArgumentException("cannot read the formula at character " + (position() + 1) + ": " + what);
    }

    /** The exact rational value of a decimal. */
    static Rational rational(BigDecimal d) {
        BigInteger unscaled = d.unscaledValue();
        return d.scale() >= 0 ? Rational.of(unscaled, BigInteger.TEN.pow(d.scale()))
                : Rational.of(unscaled.multiply(BigInteger.TEN.pow(-d.scale())));
    }
}
