package nnwb.core.optim.expr;

/**
 * Parses a function of x and y: numbers ({@code 2}, {@code 0.5}, {@code 1e-3}), {@code x}, {@code y},
 * constants {@code pi} and {@code e}, {@code + - * /}, powers {@code ^} (or {@code **}, right
 * associative, binding tighter than unary minus: {@code -x^2 = -(x^2)}), parentheses and the functions
 * {@code sin cos exp log sqrt abs tanh}. Input is bounded in length and nesting; every error is one line
 * naming the column (1-based).
 */
public final class ExprParser {

    /** Longest accepted input. */
    public static final int MAX_LENGTH = 1000;
    /** Deepest accepted nesting of parentheses, calls, powers and signs. */
    public static final int MAX_DEPTH = 50;

    private final String src;
    private int pos;
    private int depth;

    private ExprParser(String src) {
        this.src = src;
    }

    /** Parses {@code text}; throws IllegalArgumentException with the column on any error. */
    public static Node parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expr: the function is empty; type something like x^2 + 3*y^2");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("expr: the function is " + text.length() + " characters long, at most " + MAX_LENGTH + " allowed");
        }
        ExprParser p = new ExprParser(text);
        Node n = p.sum();
        p.skipSpace();
        if (p.pos < text.length()) {
            char c = text.charAt(p.pos);
            throw p.error(c == ')' ? "unmatched ')'" : "expected an operator before '" + c + "'");
        }
        return n;
    }

    private Node sum() {
        Node n = product();
        while (true) {
            skipSpace();
            if (peek('+') || peek('-')) {
                char op = src.charAt(pos++);
                n = new Node.Bin(op, n, product());
            } else {
                return n;
            }
        }
    }

    private Node product() {
        Node n = unary();
        while (true) {
            skipSpace();
            if ((peek('*') && !src.startsWith("**", pos)) || peek('/')) {
                char op = src.charAt(pos++);
                n = new Node.Bin(op, n, unary());
            } else {
                return n;
            }
        }
    }

    private Node unary() {
        skipSpace();
        if (peek('-') || peek('+')) {
            boolean minus = src.charAt(pos++) == '-';
            enter();
            Node u = unary();
            depth--;
            return minus ? new Node.Neg(u) : u;
        }
        return power();
    }

    private Node power() {
        Node base = atom();
        skipSpace();
        if (peek('^') || src.startsWith("**", pos)) {
            pos += peek('^') ? 1 : 2;
            enter();
            Node exp = unary();
            depth--;
            return new Node.Bin('^', base, exp);
        }
        return base;
    }

    private Node atom() {
        skipSpace();
        if (pos >= src.length()) {
            throw error("the function ends too early; a number, x, y or '(' is missing");
        }
        char c = src.charAt(pos);
        if (c == '(') {
            pos++;
            enter();
            Node n = sum();
            depth--;
            expect(')');
            return n;
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c)) {
            return name();
        }
        throw error("unexpected '" + c + "'");
    }

    private Node number() {
        int start = pos;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        String t = src.substring(start, pos);
        if (!t.matches("(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            pos = start;
            throw error("'" + t + "' is not a number");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            pos = start;
            throw error("the number " + t + " is too large");
        }
        return new Node.Num(v);
    }

    private Node name() {
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        String w = src.substring(start, pos);
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
            pos = start;
            throw error("unknown name '" + w + "'; use x, y, pi, e or " + String.join(", ", Fn.typable()));
        }
        skipSpace();
        if (!peek('(')) {
            throw error(w + " needs its argument in parentheses, e.g. " + w + "(x)");
        }
        pos++;
        enter();
        Node arg = sum();
        depth--;
        expect(')');
        return new Node.Call(fn, arg);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) {
        skipSpace();
        if (!peek(c)) {
            throw error(pos >= src.length() ? "missing '" + c + "' at the end" : "expected '" + c + "'");
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < src.length() && src.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String msg) {
        return new IllegalArgumentException("expr: " + msg + " at column " + (Math.min(pos, src.length()) + 1));
    }
}
