package nnwb.core.symbolic;

import nnwb.core.expr.Fold;
import nnwb.core.expr.Grammar;
import nnwb.core.expr.PrecedenceParser;
import nnwb.core.expr.TextCursor;

/**
 * Reads a polynomial written by hand or by {@link PolyFormat}: integers,
 * variable names, {@code + - − * · × / ( )}, powers {@code ^2} or {@code ²},
 * and implicit products by juxtaposition of a number and a name
 * ({@code 2NF}). Division is only by constants. The grammar of the kernel's
 * {@link PrecedenceParser}; a minus sign is part of an atom ({@code -x²} is {@code −(x²)}).
 */
public final class PolyParser {

    private PolyParser() {
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} with the offending position. */
    public static Poly parse(String text) {
        Rules p = new Rules(text);
        Poly r = new PrecedenceParser<>(p).expression();
        p.s.skipSpace();
        if (!p.s.atEnd()) {
            throw p.error("unexpected '" + p.s.current() + "'");
        }
        return r;
    }

    /** The grammar of polynomials. */
    private static final class Rules implements Grammar<Poly, Character> {

        private final TextCursor s;

        private Rules(String text) {
            this.s = new TextCursor(text);
        }


        @Override
        public Character infix(int level) {
            s.skipSpace();
            Character op = s.eatAny(level == 0 ? "+-−" : "*·×/");
            if (op != null) {
                return op == '−' ? Character.valueOf('-') : op == '·' || op == '×' ? Character.valueOf('*') : op;
            }
            return level == 0 ? null : !s.atEnd() && (Character.isLetter(s.current()) || s.current() == '(') ? ' ' : null;
        }

        @Override
        public boolean implicit(Character op) {
            return op == ' ';
        }

        @Override
        public Fold<Poly, Character> fold(int level, Poly first) {
            return Fold.left(first, (op, l, r) -> switch (op) {
                case '+' -> l.add(r);
                case '-' -> l.subtract(r);
                case '/' -> {
                    if (!r.isConstant() || r.isZero()) {
                        throw error("division only by non-zero constants");
                    }
                    yield l.divide(r.constant());
                }
                default -> l.multiply(r);
            });
        }

        /** A power: an atom, then {@code ^digits} or superscript digits. */
        @Override
        public Poly primary(PrecedenceParser<Poly, Character> parser) {
            Poly base = atom(parser);
            if (eat('^')) {
                String digits = s.digits();
                if (digits.isEmpty()) {
                    throw error("exponent expected");
                }
                return base.pow(Integer.parseInt(digits));
            }
            int e = s.superscriptDigits(Integer.MAX_VALUE);
            return e >= 0 ? base.pow(e) : base;
        }

        private Poly atom(PrecedenceParser<Poly, Character> parser) {
            s.skipSpace();
            if (eat('(')) {
                Poly r = parser.expression();
                s.skipSpace();
                if (!eat(')')) {
                    throw error("')' expected");
                }
                return r;
            }
            if (eat('-') || eat('−')) {
                return primary(parser).negate();
            }
            if (!s.atEnd() && Character.isDigit(s.current())) {
                int start = s.position();
                while (!s.atEnd() && (Character.isDigit(s.current()) || s.current() == '_' || s.current() == ',')) {
                    s.rewind(s.position() + 1);
                }
                return Poly.of(new java.math.BigInteger(s.text().substring(start, s.position()).replace("_", "").replace(",", "")));
            }
            if (!s.atEnd() && (Character.isLetter(s.current()) || s.current() == '_')) {
                return Poly.var(s.name());
            }
            throw error(!s.atEnd() ? "unexpected '" + s.current() + "'" : "unexpected end");
        }

        /** Reads {@code c} after any whitespace. */
        private boolean eat(char c) {
            s.skipSpace();
            return s.eat(c);
        }

        private IllegalArgumentException error(String msg) {
            return new IllegalArgumentException(msg + " at position " + (s.position() + 1) + " in '" + s.text() + "'");
        }
    }
}
