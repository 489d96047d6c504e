package nnwb.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits {@code .nnet} text into tokens. Comments run from {@code #} to the end
 * of the line. A digit run followed by {@code x} and a digit yields a number and
 * a {@link TokenKind#CROSS}, so {@code 28x28x1} reads as three sizes; any other
 * letter glued to a number ({@code 1e400}) is an error, never a number and a
 * name. Unknown characters become error findings and are skipped.
 */
public final class Lexer {

    private final String src;
    private final List<Finding> findings;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String src, List<Finding> findings) {
        this.src = src;
        this.findings = findings;
    }

    /** Tokenises {@code text}, adding lexical errors to {@code findings}; always ends with EOF. */
    public static List<Token> tokenize(String text, List<Finding> findings) {
        Lexer lx = new Lexer(text, findings);
        lx.run();
        return lx.tokens;
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                add(TokenKind.NEWLINE, pos, pos + 1);
                pos++;
                line++;
                lineStart = pos;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (Character.isDigit(c)) {
                number();
            } else if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_' || src.charAt(pos) == '.')) {
                    pos++;
                }
                add(TokenKind.IDENT, start, pos);
            } else {
                punctuation(c);
            }
        }
        add(TokenKind.NEWLINE, pos, pos);
        add(TokenKind.EOF, pos, pos);
    }

    private void number() {
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        if (pos + 1 < src.length() && src.charAt(pos) == '.' && Character.isDigit(src.charAt(pos + 1))) {
            pos++;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        add(TokenKind.NUMBER, start, pos);
        if (pos + 1 < src.length() && (src.charAt(pos) == 'x' || src.charAt(pos) == 'X') && Character.isDigit(src.charAt(pos + 1))) {
            add(TokenKind.CROSS, pos, pos + 1);
            pos++;
        } else if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            glued(start);
        }
    }

    /** A number with letters glued on ({@code 1e400}, {@code 3k}): one error, never a number and a new name. */
    private void glued(int start) {
        int end = pos;
        while (end < src.length() && (Character.isLetterOrDigit(src.charAt(end)) || src.charAt(end) == '_'
                || src.charAt(end) == '.' || ((src.charAt(end) == '+' || src.charAt(end) == '-')
                        && (src.charAt(end - 1) == 'e' || src.charAt(end - 1) == 'E')))) {
            end++;
        }
        String text = src.substring(start, Math.min(end, start + 40));
        findings.add(Finding.error(new Pos(line, start - lineStart + 1, end - start), "'" + text
                + "' is not a number here: write whole numbers such as 1000000 (no exponents or units)"));
        pos = end;
    }

    private void punctuation(char c) {
        TokenKind k = switch (c) {
            case '=' -> TokenKind.EQUALS;
            case ':' -> TokenKind.COLON;
            case ',' -> TokenKind.COMMA;
            case '(' -> TokenKind.LPAREN;
            case ')' -> TokenKind.RPAREN;
            case '+' -> TokenKind.PLUS;
            case '-', '−' -> TokenKind.MINUS;
            case '*', '·' -> TokenKind.STAR;
            case '×' -> TokenKind.CROSS;
            case '/' -> TokenKind.SLASH;
            default -> null;
        };
        if (k == TokenKind.SLASH && pos + 1 < src.length() && src.charAt(pos + 1) == '/') {
            add(TokenKind.FLOOR_DIV, pos, pos + 2);
            pos += 2;
            return;
        }
        if (k == null) {
            findings.add(Finding.error(new Pos(line, pos - lineStart + 1, 1), "unexpected character '" + c + "'"));
        } else {
            add(k, pos, pos + 1);
        }
        pos++;
    }

    private void add(TokenKind kind, int start, int end) {
        tokens.add(new Token(kind, src.substring(start, end), new Pos(line, start - lineStart + 1, end - start)));
    }
}
