package nnwb.core.model;

import java.util.List;

/** A position in the tokens of one line. */
final class TokenCursor {

    private final List<Token> tokens;
    private int i;

    TokenCursor(List<Token> tokens, int start) {
        this.tokens = tokens;
        this.i = start;
    }

    boolean atEnd() {
        return i >= tokens.size();
    }

    Token peek() {
        return tokens.get(i);
    }

    Token peek(int ahead) {
        return i + ahead < tokens.size() ? tokens.get(i + ahead) : null;
    }

    /** The token read last; only after a {@link #next()}. */
    Token previous() {
        return tokens.get(i - 1);
    }

    Token next() {
        if (atEnd()) {
            throw new SyntaxError(peekPos(), "unexpected end of line");
        }
        return tokens.get(i++);
    }

    boolean accept(TokenKind k) {
        if (!atEnd() && peek().is(k)) {
            i++;
            return true;
        }
        return false;
    }

    Token expect(TokenKind k, String message) {
        if (atEnd() || !peek().is(k)) {
            throw new SyntaxError(peekPos(), atEnd() ? message : message + ", found '" + peek().text() + "'");
        }
        return next();
    }

    /** The position of the next token, or just after the last one. */
    Pos peekPos() {
        if (!atEnd()) {
            return peek().pos();
        }
        Pos last = tokens.get(tokens.size() - 1).pos();
        return new Pos(last.line(), last.column() + last.length(), 1);
    }
}
