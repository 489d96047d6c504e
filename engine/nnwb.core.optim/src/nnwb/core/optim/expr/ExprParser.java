package nnwb.core.optim.expr;

import nnwb.core.expr.Fold;
import nnwb.core.expr.Grammar;
import nnwb.core.expr.PrecedenceParser;
import nnwb.core.expr.TextCursor;

/**
 * Parses a function of x and y: numbers ({@code 2}, {@code 0.5}, {@code 1e-3}), {@code x}, {@code y},
 * constants {@code pi} and {@code e}, {@code + - * /}, powers {@code ^} (or {@code **}, right
 * associative, binding tighter than unary minus: {@code -x^2 = -(x^2)}), parentheses and the functions
 * {@code sin cos exp log sqrt abs tanh}. Input is bounded in length and nesting; every error is one line
 * naming the column (1-based). The grammar of the kernel's {@link PrecedenceParser}.
 */
public final class ExprParser {

    /** Longest accepted input. */
    public static final int MAX_LENGTH = 1000;
    /** Deepest accepted nesting of parentheses, calls, powers and signs. */
    public static final int MAX_DEPTH = 50;

    private ExprParser() {
    }

    /** Parses {@code text}; throws IllegalArgumentException with the column on any error. */
    public static Node parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expr: the function is empty; type something like x^2 + 3*y^2");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("expr: the function is " + text.length() + " characters long, at most " + MAX_LENGTH + " allowed");
        }
        Rules r = new Rules(text);
        Node n = new PrecedenceParser<>(r).expression();
        r.src.skipSpace();
        if (!r.src.atEnd()) {
            char c = r.src.current();
            throw r.error(c == ')' ? "unmatched ')'" : "expected an operator before '" + c + "'");
        }
        return n;
    }

    /** The grammar of functions of x and y. */
    private static final class Rules implements Grammar<Node, Character> {

        private final TextCursor src;

        Rules(String text) {
            this.src = new TextCursor(text);
        }


        @Override
        public Character infix(int level) {
            src.skipSpace();
            return level == 1 && src.at("**") ? null : src.eatAny(level == 0 ? "+-" : "*/");
        }

        @Override
        public Fold<Node, Character> fold(int level, Node first) {
            return Fold.left(first, (op, l, r) -> new Node.Bin(op, l, r));
        }

        @Override
        public Character prefix() {
            src.skipSpace();
            return src.eatAny("-+");
        }

        @Override
        public Node prefixed(Character op, Node operand) {
            return op == '-' ? new Node.Neg(operand) : operand;
        }

        /** A power: an atom, then {@code ^} or {@code **} and a signed exponent. */
        @Override
        public Node primary(PrecedenceParser<Node, Character> p) {
            Node base = atom(p);
            src.skipSpace();
            if (src.at('^') || src.at("**")) {
                src.rewind(src.position() + (src.at('^') ? 1 : 2));
                Node exp = p.nested(p::unary);
                return new Node.Bin('^', base, exp);
            }
            return base;
        }

        @Override
        public int maxDepth() {
            return MAX_DEPTH;
        }

        @Override
        public RuntimeException tooDeep() {
            return error("nesting deeper than " + MAX_DEPTH + " levels");
        }

        private Node atom(PrecedenceParser<Node, Character> p) {
            src.skipSpace();
            if (src.atEnd()) {
                throw error("the function ends too early; a number, x, y or '(' is missing");
            }
            char c = src.current();
            if (src.eat('(')) {
                return enclosed(p);
            }
            if (Character.isDigit(c) || c == '.') {
                return number();
            }
            if (Character.isLetter(c)) {
                return name(p);
            }
            throw error("unexpected '" + c + "'");
        }

        /** An expression one level deeper, then its closing parenthesis. */
        private Node enclosed(PrecedenceParser<Node, Character> p) {
            Node n = p.nested(p::expression);
            src.skipSpace();
            if (!src.at(')')) {
                throw error(src.atEnd() ? "missing ')' at the end" : "expected ')'");
            }
            src.rewind(src.position() + 1);
            return n;
        }

        private Node number() {
            int start = src.position();
            String t = src.decimal();
            if (!t.matches("(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                src.rewind(start);
                throw error("'" + t + "' is not a number");
            }
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v)) {
                src.rewind(start);
                throw error("the number " + t + " is too large");
            }
            return new Node.Num(v);
        }

        private Node name(PrecedenceParser<Node, Character> p) {
            int start = src.position();
            String w = src.name();
            switch (w) {
                case "x":
                    return new Node.Var(0);
                case "y":
                    return new Node.Var(1);
                case "pi":
                    return new Node.Num(Math.PI);
                case "e":
                    return new Node.Num(Math.E);
                default:
                    break;
            }
            Fn fn = Fn.byName(w);
            if (fn == null) {
                src.rewind(start);
                throw error("unknown name '" + w + "'; use x, y, pi, e or " + String.join(", ", Fn.typable()));
            }
            src.skipSpace();
            if (!src.eat('(')) {
                throw error(w + " needs its argument in parentheses, e.g. " + w + "(x)");
            }
            return new Node.Call(fn, enclosed(p));
        }

        private IllegalArgumentException error(String msg) {
            return new IllegalArgumentException("expr: " + msg + " at column " + (Math.min(src.position(), src.text().length()) + 1));
        }
    }
}
