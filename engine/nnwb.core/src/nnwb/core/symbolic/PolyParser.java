package nnwb.core.symbolic;

/**
 * Reads a polynomial written by hand or by {@link PolyFormat}: integers,
 * variable names, {@code + - − * · × / ( )}, powers {@code ^2} or {@code ²},
 * and implicit products by juxtaposition of a number and a name
 * ({@code 2NF}). Division is only by constants.
 */
public final class PolyParser {

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final String s;
    private int pos;

    private PolyParser(String s) {
        this.s = s;
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} with the offending position. */
    public static Poly parse(String text) {
        PolyParser p = new PolyParser(text);
        Poly r = p.sum();
        p.skip();
        if (p.pos < p.s.length()) {
            throw p.error("unexpected '" + p.s.charAt(p.pos) + "'");
        }
        return r;
    }

    private Poly sum() {
        Poly r = product();
        while (true) {
            skip();
            if (eat('+')) {
                r = r.add(product());
            } else if (eat('-') || eat('−')) {
                r = r.subtract(product());
            } else {
                return r;
            }
        }
    }

    private Poly product() {
        Poly r = power();
        while (true) {
            skip();
            if (eat('*') || eat('·') || eat('×')) {
                r = r.multiply(power());
            } else if (eat('/')) {
                Poly d = power();
                if (!d.isConstant() || d.isZero()) {
                    throw error("division only by non-zero constants");
                }
                r = r.divide(d.constant());
            } else if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '(')) {
                r = r.multiply(power());
            } else {
                return r;
            }
        }
    }

    private Poly power() {
        Poly base = atom();
        if (eat('^')) {
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("exponent expected");
            }
            return base.pow(Integer.parseInt(s.substring(start, pos)));
        }
        int e = 0;
        boolean any = false;
        while (pos < s.length() && SUPERSCRIPTS.indexOf(s.charAt(pos)) >= 0) {
            e = e * 10 + SUPERSCRIPTS.indexOf(s.charAt(pos++));
            any = true;
        }
        return any ? base.pow(e) : base;
    }

    private Poly atom() {
        skip();
        if (eat('(')) {
            Poly r = sum();
            skip();
            if (!eat(')')) {
                throw error("')' expected");
            }
            return r;
        }
        if (eat('-') || eat('−')) {
            return power().negate();
        }
        int start = pos;
        if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == ',')) {
                pos++;
            }
            return Poly.of(new java.math.BigInteger(s.substring(start, pos).replace("_", "").replace(",", "")));
        }
        if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == '_')) {
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            return Poly.var(s.substring(start, pos));
        }
        throw error(pos < s.length() ? "unexpected '" + s.charAt(pos) + "'" : "unexpected end");
    }

    private boolean eat(char c) {
        skip();
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String msg) {
        return new IllegalArgumentException(msg + " at position " + (pos + 1) + " in '" + s + "'");
    }
}
