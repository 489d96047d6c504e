package nnwb.core.model;

import java.math.BigDecimal;
import nnwb.core.expr.Fold;
import nnwb.core.expr.Grammar;
import nnwb.core.expr.PrecedenceParser;
import nnwb.core.symbolic.Rational;

/**
 * The grammar of {@link Expr} for the kernel's {@link PrecedenceParser}: sums ({@code + -}) of products
 * ({@code * / //}) of signed atoms (numbers, names, parentheses), read from the {@link Lexer}'s tokens.
 */
final class ExprParser implements Grammar<Expr, Token> {

    /** Deepest nesting of parentheses and signs accepted, far above any real model, far below the stack. */
    static final int MAX_DEPTH = 200;

    private final TokenCursor c;

    private ExprParser(TokenCursor c) {
        this.c = c;
    }

    /** Reads one expression from where {@code c} stands. */
    static Expr expr(TokenCursor c) {
        return new PrecedenceParser<>(new ExprParser(c)).expression();
    }


    @Override
    public Token infix(int level) {
        if (c.atEnd()) {
            return null;
        }
        Token t = c.peek();
        boolean op = level == 0 ? t.is(TokenKind.PLUS) || t.is(TokenKind.MINUS)
                : t.is(TokenKind.STAR) || t.is(TokenKind.SLASH) || t.is(TokenKind.FLOOR_DIV);
        return op ? c.next() : null;
    }

    @Override
    public Fold<Expr, Token> fold(int level, Expr first) {
        return Fold.left(first, (op, l, r) -> new Expr.Binary(symbol(op), l, r, op.pos()));
    }

    private static String symbol(Token op) {
        return switch (op.kind()) {
            case PLUS -> "+";
            case MINUS -> "-";
            case STAR -> "*";
            case SLASH -> "/";
            default -> "//";
        };
    }

    @Override
    public Token prefix() {
        return !c.atEnd() && c.peek().is(TokenKind.MINUS) ? c.next() : null;
    }

    @Override
    public Expr prefixed(Token op, Expr operand) {
        return new Expr.Negate(operand, op.pos());
    }

    @Override
    public int maxDepth() {
        return MAX_DEPTH;
    }

    /** At the sign or parenthesis just read. */
    @Override
    public RuntimeException tooDeep() {
        return new SyntaxError(c.previous().pos(), "expression nested more than " + MAX_DEPTH + " levels deep");
    }

    @Override
    public Expr primary(PrecedenceParser<Expr, Token> p) {
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
                return p.nested(() -> {
                    Expr e = p.expression();
                    c.expect(TokenKind.RPAREN, "')' expected");
                    return e;
                });
            }
            default -> throw new SyntaxError(t.pos(), "value expected, found '" + t.text() + "'");
        }
    }
}
