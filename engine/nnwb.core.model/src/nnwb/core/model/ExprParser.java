package nnwb.core.model;

import java.math.BigDecimal;
import nnwb.core.symbolic.Rational;

/** Recursive-descent parser of {@link Expr}: sums of products of atoms. */
final class ExprParser {

    /** Deepest nesting of parentheses and signs accepted, far above any real model, far below the stack. */
    static final int MAX_DEPTH = 200;
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private ExprParser() {
    }

    private static void enter(Pos at) {
        if (++DEPTH.get()[0] > MAX_DEPTH) {
            DEPTH.get()[0] = 0;
            throw new SyntaxError(at, "expression nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private static void leave() {
        DEPTH.get()[0] = Math.max(0, DEPTH.get()[0] - 1);
    }

    static Expr expr(TokenCursor c) {
        Expr left = term(c);
        while (!c.atEnd() && (c.peek().is(TokenKind.PLUS) || c.peek().is(TokenKind.MINUS))) {
            Token op = c.next();
            left = new Expr.Binary(op.text().equals("+") ? "+" : "-", left, term(c), op.pos());
        }
        return left;
    }

    private static Expr term(TokenCursor c) {
        Expr left = unary(c);
        while (!c.atEnd() && (c.peek().is(TokenKind.STAR) || c.peek().is(TokenKind.SLASH) || c.peek().is(TokenKind.FLOOR_DIV))) {
            Token op = c.next();
            String o = op.is(TokenKind.STAR) ? "*" : op.is(TokenKind.SLASH) ? "/" : "//";
            left = new Expr.Binary(o, left, unary(c), op.pos());
        }
        return left;
    }

    private static Expr unary(TokenCursor c) {
        if (!c.atEnd() && c.peek().is(TokenKind.MINUS)) {
            Token m = c.next();
            enter(m.pos());
            try {
                return new Expr.Negate(unary(c), m.pos());
            } finally {
                leave();
            }
        }
        return atom(c);
    }

    private static Expr atom(TokenCursor c) {
        if (c.atEnd()) {
            throw new SyntaxError(c.peekPos(), "value expected");
        }
        Token t = c.next();
        switch (t.kind()) {
            case NUMBER -> {
                BigDecimal d = new BigDecimal(t.text());
                Rational r = d.scale() <= 0 ? Rational.of(d.toBigInteger())
                        : Rational.of(d.unscaledValue(), java.math.BigInteger.TEN.pow(d.scale()));
                return new Expr.Num(r, t.pos());
            }
            case IDENT -> {
                return new Expr.Name(t.text(), t.pos());
            }
            case LPAREN -> {
                enter(t.pos());
                try {
                    Expr e = expr(c);
                    c.expect(TokenKind.RPAREN, "')' expected");
                    return e;
                } finally {
                    leave();
                }
            }
            default -> throw new SyntaxError(t.pos(), "value expected, found '" + t.text() + "'");
        }
    }
}
