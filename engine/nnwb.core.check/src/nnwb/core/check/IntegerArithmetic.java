package nnwb.core.check;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Whole-number arithmetic as the coursework writes counts: {@code 3×3×10×10 + 10},
 * {@code 14*14*10}, {@code (3*3*1 + 1)*10}, {@code 2^10 - 1}. Only integers, {@code + - * × · x ^}
 * and parentheses; the text's length, the nesting, each number's digits, each exponent and the
 * result's size are bounded, so hostile input costs a reason, not time.
 */
final class IntegerArithmetic {

    private static final Pattern SHAPE = Pattern.compile("[0-9\\s+\\-*×·x^()]+");
    private static final Pattern OPERATOR = Pattern.compile("[*×·x+()]|\\d\\s*-|\\)\\s*-");
    private static final int MAX_DEPTH = 10;
    private static final int MAX_DIGITS = 30;
    private static final int MAX_EXPONENT = 256;
    private static final int MAX_BITS = 4096;

    private final String s;
    private int pos;
    private int depth;

    private IntegerArithmetic(String s) {
        this.s = s;
    }

    /** Whether {@code text} is arithmetic this class reads (rather than a plain number or a quantity with a unit). */
    static boolean applies(String text) {
        String t = text.strip();
        return !t.isEmpty() && SHAPE.matcher(t).matches() && OPERATOR.matcher(t.substring(1)).find();
    }

    /** The value of {@code text}; throws a one-line reason when it cannot be read within the bounds. */
    static BigInteger evaluate(String text, int maxChars) {
        if (text.length() > maxChars) {
            throw new IllegalArgumentException("the calculation is " + text.length() + " characters long; at most " + maxChars
                    + " allowed");
        }
        IntegerArithmetic p = new IntegerArithmetic(text.replace('×', '*').replace('·', '*').replace('x', '*'));
        BigInteger v = p.sum();
        p.skip();
        if (p.pos < p.s.length()) {
            throw new IllegalArgumentException("cannot read the calculation at '" + p.s.charAt(p.pos) + "'");
        }
        return v;
    }

    private BigInteger sum() {
        BigInteger v = product();
        while (true) {
            skip();
            if (eat('+')) {
                v = bounded(v.add(product()));
            } else if (eat('-')) {
                v = bounded(v.subtract(product()));
            } else {
                return v;
            }
        }
    }

    private BigInteger product() {
        BigInteger v = power();
        while (true) {
            skip();
            if (eat('*')) {
                v = bounded(v.multiply(power()));
            } else {
                return v;
            }
        }
    }

    private BigInteger power() {
        BigInteger base = atom();
        skip();
        if (eat('^')) {
            skip();
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos || pos - start > 3) {
                throw new IllegalArgumentException("an exponent is a whole number up to " + MAX_EXPONENT);
            }
            int e = Integer.parseInt(s.substring(start, pos));
            if (e > MAX_EXPONENT) {
                throw new IllegalArgumentException("an exponent is a whole number up to " + MAX_EXPONENT);
            }
            return bounded(base.pow(e));
        }
        return base;
    }

    private BigInteger atom() {
        skip();
        if (eat('-')) {
            return atom().negate();
        }
        if (eat('(')) {
            if (++depth > MAX_DEPTH) {
                throw new IllegalArgumentException("the calculation nests deeper than " + MAX_DEPTH + " parentheses");
            }
            BigInteger v = sum();
            skip();
            if (!eat(')')) {
                throw new IllegalArgumentException("')' expected in the calculation");
            }
            depth--;
            return v;
        }
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException(pos < s.length() ? "cannot read the calculation at '" + s.charAt(pos) + "'"
                    : "the calculation ends early");
        }
        if (pos - start > MAX_DIGITS) {
            throw new IllegalArgumentException("a number in the calculation has more than " + MAX_DIGITS + " digits");
        }
        return new BigInteger(s.substring(start, pos));
    }

    private static BigInteger bounded(BigInteger v) {
        if (v.bitLength() > MAX_BITS) {
            throw new IllegalArgumentException("the calculation's value is too large");
        }
        return v;
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(char c) {
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }
}
