package nnwb.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.expr.Fold;
import nnwb.core.expr.Grammar;
import nnwb.core.expr.PrecedenceParser;
import nnwb.core.symbolic.Rational;

/**
 * Reads a formula in declared symbols: numbers, symbols, {@code + - * / ^} (also {@code · × − ²}),
 * parentheses, functions ({@code sqrt log ln log2 log10 exp abs sin cos tanh floor ceil}, with or without
 * parentheses), {@code √}, {@code pi} and {@code e}, implicit products ({@code 2n}, {@code K(K+1)},
 * {@code nK} when n and K are symbols). Length and nesting are checked before and during
 * parsing, so ten thousand nested parentheses are refused with a reason, not a stack overflow.
 * The grammar of the kernel's {@link PrecedenceParser}.
 */
final class FormulaParser implements Grammar<Expr, Character> {

    private final FormulaText t;
    private final Map<String, Integer> slots = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    /** Every spelling a run of symbols may use: the names and the Greek letters of Greek-named symbols (β for beta). */
    private final List<String> spellings = new ArrayList<>();
    private final Map<String, String> canonical = new HashMap<>();
    private static final Map<String, String> GREEK = Map.ofEntries(Map.entry("alpha", "α"), Map.entry("beta", "β"),
            Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("rho", "ρ"),
            Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Sigma", "Σ"), Map.entry("Omega", "Ω"));
    private final Limits limits;

    private FormulaParser(String s, List<Symbol> symbols, Limits limits) {
        this.t = new FormulaText(s);
        this.limits = limits;
        for (Symbol sym : symbols) {
            int slot = names.size();
            slots.put(sym.name(), slot);
            names.add(sym.name());
            spellings.add(sym.name());
            canonical.put(sym.name(), sym.name());
            for (String other : otherSpellings(sym.name())) {
                if (!slots.containsKey(other)) {
                    slots.put(other, slot);
                    spellings.add(other);
                    canonical.put(other, sym.name());
                }
            }
        }
    }

    /**
     * The other ways to write a symbol named after a Greek letter, keeping a subscript: σ for sigma, σ_x for sigma_x,
     * β1 and β_1 (and beta_1) for beta1, and back (sigma_x for a symbol declared as σ_x); empty when the name starts with
     * no Greek letter.
     */
    static List<String> otherSpellings(String name) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> g : GREEK.entrySet()) {
            for (String[] pair : new String[][] {{g.getKey(), g.getValue()}, {g.getValue(), g.getKey()}}) {
                if (!name.startsWith(pair[0])) {
                    continue;
                }
                String rest = name.substring(pair[0].length());
                if (rest.isEmpty() || rest.startsWith("_")) {
                    out.add(pair[1] + rest);
                } else if (rest.chars().allMatch(Character::isDigit)) {
                    out.add(pair[1] + rest);
                    out.add(pair[1] + "_" + rest);
                    out.add(pair[0] + "_" + rest);
                }
            }
        }
        return out;
    }

    static Expr parse(String text, List<Symbol> symbols, Limits limits) {
        if (text.length() > limits.maxFormulaChars()) {
            throw new IllegalArgumentException("formula is " + text.length() + " characters long; at most "
                    + limits.maxFormulaChars() + " allowed");
        }
        String norm = FormulaText.normalise(text);
        if (norm.isEmpty()) {
            throw new IllegalArgumentException("empty formula");
        }
        int nesting = FormulaText.nesting(norm);
        if (nesting > limits.maxFormulaDepth()) {
            throw new IllegalArgumentException("formula nests " + nesting + " levels deep; at most " + limits.maxFormulaDepth()
                    + " allowed");
        }
        FormulaParser p = new FormulaParser(norm, symbols, limits);
        Expr e = new PrecedenceParser<>(p).expression();
        p.t.skipSpace();
        if (!p.t.atEnd()) {
            throw p.t.error(p.t.current() == ')' ? "unmatched ')'" : "unexpected " + p.t.here());
        }
        return e;
    }


    /** {@code + -} on level 0; {@code * /} and juxtaposition ({@code 2n}, {@code K(K+1)}) on level 1. */
    @Override
    public Character infix(int level) {
        t.skipSpace();
        Character op = t.eatAny(level == 0 ? "+-" : "*/");
        if (op != null || level == 0) {
            return op;
        }
        return !t.atEnd() && startsFactor(t.current()) ? Character.valueOf(' ') : null;
    }

    @Override
    public boolean implicit(Character op) {
        return op == ' ';
    }

    /** Sums and products as flat lists: {@code a - b} is {@code a + (-b)}, {@code a / b} is {@code a · (1/b)}. */
    @Override
    public Fold<Expr, Character> fold(int level, Expr first) {
        List<Expr> items = new ArrayList<>();
        items.add(first);
        return new Fold<>() {
            @Override
            public void add(Character op, Expr operand) {
                items.add(op == '-' ? new Expr.Neg(operand) : op == '/' ? new Expr.Recip(operand) : operand);
            }

            @Override
            public Expr result() {
                return items.size() == 1 ? items.get(0) : level == 0 ? new Expr.Sum(items) : new Expr.Product(items);
            }
        };
    }

    private static boolean startsFactor(char c) {
        return Character.isLetter(c) || c == '(' || c == '√';
    }

    @Override
    public Character prefix() {
        t.skipSpace();
        return t.eatAny("-+");
    }

    @Override
    public Expr prefixed(Character op, Expr operand) {
        return op == '-' ? new Expr.Neg(operand) : operand;
    }

    @Override
    public int maxDepth() {
        return limits.maxFormulaDepth();
    }

    @Override
    public RuntimeException tooDeep() {
        return new IllegalArgumentException("formula nests deeper than " + limits.maxFormulaDepth() + " levels");
    }

    /** A power: an atom, then {@code ^} and a signed exponent, or a superscript exponent. */
    @Override
    public Expr primary(PrecedenceParser<Expr, Character> p) {
        Expr base = atom(p);
        t.skipSpace();
        if (t.eat('^')) {
            return new Expr.Pow(base, p.nested(p::unary));
        }
        if (t.atExponent()) {
            return new Expr.Pow(base, new Expr.Num(Rational.of(t.superscript())));
        }
        return base;
    }

    private Expr atom(PrecedenceParser<Expr, Character> p) {
        t.skipSpace();
        if (t.atEnd()) {
            throw t.error("formula ends early");
        }
        char c = t.current();
        if (t.eat('(')) {
            return p.nested(() -> {
                Expr e = p.expression();
                t.skipSpace();
                if (!t.eat(')')) {
                    throw t.error("')' expected");
                }
                return e;
            });
        }
        if (t.eat('√')) {
            return call(p, Fn.SQRT);
        }
        if (Character.isDigit(c) || c == '.') {
            return new Expr.Num(t.number(limits.maxNumberChars()));
        }
        if (Character.isLetter(c)) {
            return name(p);
        }
        throw t.error("unexpected " + t.here());
    }

    private Expr name(PrecedenceParser<Expr, Character> p) {
        int start = t.position();
        String id = t.name();
        if (slots.containsKey(id)) {
            return new Expr.Var(canonical.get(id), slots.get(id));
        }
        var fn = Fn.named(id);
        if (fn.isPresent()) {
            return call(p, fn.get());
        }
        if (id.equals("pi") || id.equals("π")) {
            return new Expr.Const("π", Math.PI);
        }
        if (id.equals("e")) {
            return new Expr.Const("e", Math.E);
        }
        int first = firstSymbol(id);
        if (first < 0) {
            t.rewind(start);
            throw new IllegalArgumentException("unknown symbol " + Echo.quote(id) + "; "
                    + (names.isEmpty() ? "this formula has no symbols" : "the symbols are " + String.join(", ", names)));
        }
        t.rewind(start + first);
        String n = id.substring(0, first);
        return new Expr.Var(canonical.get(n), slots.get(n));
    }

    /** A call: {@code log(x)^2} squares the logarithm, {@code log x^2} takes the logarithm of the square. */
    private Expr call(PrecedenceParser<Expr, Character> p, Fn fn) {
        Expr arg = p.nested(() -> {
            t.skipSpace();
            return !t.atEnd() && t.current() == '(' ? atom(p) : primary(p);
        });
        return new Expr.Call(fn, arg);
    }

    /**
     * The length of the first symbol when {@code id} is a run of declared symbols written
     * together (nK for n·K); -1 when it is not. Only the first is taken, so that a power after
     * the run binds to its last symbol (nK² is n·K²).
     */
    private int firstSymbol(String id) {
        if (id.length() > 200) {
            return -1;
        }
        int[] firstAt = new int[id.length() + 1];
        java.util.Arrays.fill(firstAt, -1);
        firstAt[id.length()] = 0;
        for (int i = id.length() - 1; i >= 0; i--) {
            for (String n : spellings) {
                if (id.startsWith(n, i) && firstAt[i + n.length()] >= 0) {
                    firstAt[i] = Math.max(firstAt[i], n.length());
                }
            }
        }
        return firstAt[0] > 0 ? firstAt[0] : -1;
    }
}
