package nnwb.core.model;

/** The kinds of {@link Token} the {@link Lexer} produces. */
public enum TokenKind {
    /** A name: letter or underscore, then letters, digits, underscores and dots. */
    IDENT,
    /** A non-negative decimal number, integer or with a fraction. */
    NUMBER,
    /** The {@code x} or {@code ×} between sizes, as in {@code 28x28x1}. */
    CROSS,
    EQUALS, COLON, COMMA, LPAREN, RPAREN, PLUS, MINUS, STAR, SLASH,
    /** {@code //}, floor division. */
    FLOOR_DIV,
    NEWLINE, EOF
}
