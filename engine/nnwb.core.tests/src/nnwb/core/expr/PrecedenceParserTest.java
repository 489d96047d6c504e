package nnwb.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The precedence core and the cursor on a small language that prints its tree fully parenthesised. */
class PrecedenceParserTest {

    /** Digits, names, {@code + -}, {@code * /}, juxtaposition, prefix minus, {@code ^} and parentheses. */
    private static final class Bracketing implements Grammar<String, Character> {

        private final TextCursor in;
        private final int maxDepth;

        Bracketing(String text, int maxDepth) {
            this.in = new TextCursor(text);
            this.maxDepth = maxDepth;
        }


        @Override
        public Character infix(int level) {
            in.skipSpace();
            String ops = level == 0 ? "+-" : "*/";
            if (!in.atEnd() && ops.indexOf(in.current()) >= 0) {
                char c = in.current();
                in.eat(c);
                return c;
            }
            return level == 1 && !in.atEnd() && Character.isLetter(in.current()) ? Character.valueOf(' ') : null;
        }

        @Override
        public boolean implicit(Character op) {
            return op == ' ';
        }

        @Override
        public Fold<String, Character> fold(int level, String first) {
            return Fold.left(first, (op, l, r) -> "(" + l + op + r + ")");
        }

        @Override
        public Character prefix() {
            in.skipSpace();
            return in.eat('-') ? Character.valueOf('-') : null;
        }

        @Override
        public String prefixed(Character op, String operand) {
            return "(-" + operand + ")";
        }

        @Override
        public String primary(PrecedenceParser<String, Character> p) {
            in.skipSpace();
            String base;
            if (in.eat('(')) {
                base = p.nested(p::expression);
                in.skipSpace();
                in.eat(')');
            } else if (!in.atEnd() && Character.isDigit(in.current())) {
                base = in.decimal();
            } else {
                base = in.name();
            }
            in.skipSpace();
            return in.eat('^') ? "(" + base + "^" + p.nested(p::unary) + ")" : base;
        }

        @Override
        public int maxDepth() {
            return maxDepth;
        }
    }

    private static String parse(String text) {
        return new PrecedenceParser<>(new Bracketing(text, 50)).expression();
    }

    @Test
    void bindsProductsTighterThanSumsAndFoldsLeft() {
        assertEquals("((1+(2*3))-4)", parse("1 + 2*3 - 4"));
        assertEquals("((8/2)/2)", parse("8/2/2"));
    }

    @Test
    void readsSignsPowersAndParentheses() {
        assertEquals("(-(x^2))", parse("-x^2"));
        assertEquals("(2^(-1))", parse("2^-1"));
        assertEquals("(2^(3^2))", parse("2^3^2"));
        assertEquals("((1+2)*3)", parse("(1+2)*3"));
    }

    @Test
    void readsJuxtapositionAsAProductOfPrimaries() {
        assertEquals("((2 n) k)", parse("2n k"));
        assertEquals("(2 (n^2))", parse("2n^2"));
    }

    @Test
    void refusesNestingPastTheGrammarsLimit() {
        assertEquals("x", new PrecedenceParser<>(new Bracketing("((x))", 2)).expression());
        RuntimeException e = assertThrows(IllegalArgumentException.class,
                () -> new PrecedenceParser<>(new Bracketing("(((x)))", 2)).expression());
        assertEquals("nested more than 2 levels deep", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PrecedenceParser<>(new Bracketing("--x", 1)).expression());
    }

    @Test
    void cursorReadsDecimalsNamesAndSuperscripts() {
        TextCursor c = new TextCursor("1.5e-3e+ k_2x ²³⁴⁵");
        assertEquals("1.5e-3", c.decimal());
        assertEquals("e", c.name());
        assertEquals('+', c.current());
        c.rewind(c.position() + 1);
        c.skipSpace();
        assertEquals("k_2x", c.name());
        c.skipSpace();
        assertEquals(234, c.superscriptDigits(3));
        assertEquals(5, c.superscriptDigits(3));
        assertEquals(-1, c.superscriptDigits(3));
        assertEquals(true, c.atEnd());
    }
}
