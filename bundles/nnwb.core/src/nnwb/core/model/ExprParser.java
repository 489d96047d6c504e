package nnwb.core.model;

import java.math.BigDecimal;
import nnwb.core.symbolic.Rational;

/** Recursive-descent parser of {@link Expr}: sums of products of atoms. */
final class ExprParser {

    private ExprParser() {
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
            return new Expr.Negate(unary(c), m.pos());
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
                Expr e = expr(c);
                c.expect(TokenKind.RPAREN, "')' expected");
                return e;
            }
            default -> throw new SyntaxError(t.pos(), "value expected, found '" + t.text() + "'");
        }
    }
}
