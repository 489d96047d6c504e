package nnwb.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<TokenKind> kinds(List<Token> tokens) {
        return tokens.stream().map(Token::kind).toList();
    }

    @Test
    void sizesWithXSplitIntoNumbersAndCrosses() {
        List<Finding> f = new ArrayList<>();
        List<Token> t = Lexer.tokenize("input 28x28x1", f);
        assertEquals(List.of(TokenKind.IDENT, TokenKind.NUMBER, TokenKind.CROSS, TokenKind.NUMBER, TokenKind.CROSS, TokenKind.NUMBER,
                TokenKind.NEWLINE, TokenKind.EOF), kinds(t));
        assertTrue(f.isEmpty());
        assertEquals(new Pos(1, 7, 2), t.get(1).pos());
        assertEquals(new Pos(1, 13, 1), t.get(5).pos());
    }

    @Test
    void identifiersKeepDotsAndXInsideNames() {
        List<Token> t = Lexer.tokenize("downsample.1: max_x", new ArrayList<>());
        assertEquals("downsample.1", t.get(0).text());
        assertEquals(TokenKind.COLON, t.get(1).kind());
        assertEquals("max_x", t.get(2).text());
    }

    @Test
    void commentsAndLinesAreTracked() {
        List<Token> t = Lexer.tokenize("# header\n  conv 3 # trailing\nrelu", new ArrayList<>());
        Token conv = t.stream().filter(x -> x.text().equals("conv")).findFirst().orElseThrow();
        Token relu = t.stream().filter(x -> x.text().equals("relu")).findFirst().orElseThrow();
        assertEquals(new Pos(2, 3, 4), conv.pos());
        assertEquals(new Pos(3, 1, 4), relu.pos());
    }

    @Test
    void operatorsIncludingFloorDivision() {
        List<Token> t = Lexer.tokenize("kernel//2 + 2*NF - (a/4)", new ArrayList<>());
        assertEquals(List.of(TokenKind.IDENT, TokenKind.FLOOR_DIV, TokenKind.NUMBER, TokenKind.PLUS, TokenKind.NUMBER, TokenKind.STAR,
                TokenKind.IDENT, TokenKind.MINUS, TokenKind.LPAREN, TokenKind.IDENT, TokenKind.SLASH, TokenKind.NUMBER, TokenKind.RPAREN,
                TokenKind.NEWLINE, TokenKind.EOF), kinds(t));
    }

    @Test
    void decimalsAreOneNumber() {
        List<Token> t = Lexer.tokenize("dropout 0.25", new ArrayList<>());
        assertEquals("0.25", t.get(1).text());
    }

    @Test
    void unknownCharacterIsAnErrorWithItsColumn() {
        List<Finding> f = new ArrayList<>();
        Lexer.tokenize("relu\nconv 3 $ 4", f);
        assertEquals(1, f.size());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals(2, f.get(0).line());
        assertEquals(8, f.get(0).column());
    }
}
