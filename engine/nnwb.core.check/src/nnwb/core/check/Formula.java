package nnwb.core.check;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nnwb.core.symbolic.Monomial;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.Rational;

/**
 * A formula read in declared symbols, within the bounds of {@link Limits}: the student's
 * answer or a key. It evaluates at a point, has an exact rational form when it is a quotient
 * of polynomials, and prints as LaTeX for a typeset preview.
 */
public final class Formula {

    private final String text;
    private final List<Symbol> symbols;
    private final Expr expr;

    private Formula(String text, List<Symbol> symbols, Expr expr) {
        this.text = text;
        this.symbols = symbols;
        this.expr = expr;
    }

    /** Reads {@code text}; throws {@link IllegalArgumentException} with a one-line reason (too long, too deep, unknown symbol...). */
    public static Formula parse(String text, List<Symbol> symbols, Limits limits) {
        List<Symbol> syms = List.copyOf(symbols);
        if (syms.stream().map(Symbol::name).distinct().count() != syms.size()) {
            throw new IllegalArgumentException("symbols are declared twice");
        }
        return new Formula(text, syms, FormulaParser.parse(text, syms, limits));
    }

    /** The formula of an engine polynomial (e.g. a symbolic count from the analysis); its variables must be declared. */
    public static Formula of(Poly poly, List<Symbol> symbols) {
        List<Symbol> syms = List.copyOf(symbols);
        List<String> names = syms.stream().map(Symbol::name).toList();
        for (String v : poly.variables()) {
            if (!names.contains(v)) {
                throw new IllegalArgumentException("the polynomial uses " + v + ", which is not declared");
            }
        }
        List<Expr> terms = new java.util.ArrayList<>();
        for (Map.Entry<Monomial, Rational> t : poly.terms().entrySet()) {
            List<Expr> factors = new java.util.ArrayList<>();
            factors.add(new Expr.Num(t.getValue()));
            Monomial m = t.getKey();
            for (int i = 0; i < m.size(); i++) {
                Expr v = new Expr.Var(m.variable(i), names.indexOf(m.variable(i)));
                factors.add(new Expr.Pow(v, new Expr.Num(Rational.of(m.exponent(i)))));
            }
            terms.add(new Expr.Product(factors));
        }
        Expr e = terms.isEmpty() ? new Expr.Num(Rational.ZERO) : new Expr.Sum(terms);
        return new Formula(poly.toString(), syms, e);
    }

    /** The text as written. */
    public String text() {
        return text;
    }

    /** The declared symbols, in slot order. */
    public List<Symbol> symbols() {
        return symbols;
    }

    /** The value at {@code values} (one per symbol, in order); NaN where undefined. */
    public double evaluate(double... values) {
        if (values.length != symbols.size()) {
            throw new IllegalArgumentException("expected " + symbols.size() + " values, got " + values.length);
        }
        double v = expr.eval(values);
        return Double.isInfinite(v) ? Double.NaN : v;
    }

    /** Whether the formula is a quotient of polynomials the engine can normalise exactly. */
    public boolean isRational() {
        return rational(Deadline.NONE).isPresent();
    }

    /** The formula as LaTeX, e.g. {@code \frac{n K^{2}}{2}}, for a typeset preview. */
    public String latex() {
        return LatexPrinter.print(expr);
    }

    Expr expr() {
        return expr;
    }

    Optional<RationalForm> rational(Deadline deadline) {
        return RationalForm.of(expr, deadline);
    }

    @Override
    public String toString() {
        return text;
    }
}
