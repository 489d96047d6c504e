package nnwb.core.model;

/** One lexical token with its text and position. */
public record Token(TokenKind kind, String text, Pos pos) {

    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** True for an identifier spelled {@code word}, ignoring case. */
    public boolean isWord(String word) {
        return kind == TokenKind.IDENT && text.equalsIgnoreCase(word);
    }
}
