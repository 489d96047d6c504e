package nnwb.core.graph;

import java.util.Map;
import nnwb.core.model.Expr;
import nnwb.core.model.Pos;
import nnwb.core.symbolic.Poly;

/**
 * Evaluates argument expressions against the symbol table and the block
 * parameters in scope. Unbound names are words ({@code false}, {@code same});
 * using a word in arithmetic is an error.
 */
public final class Evaluator {

    private final SymbolTable symbols;
    private final ExpansionBudget budget;

    Evaluator(SymbolTable symbols) {
        this(symbols, null);
    }

    /** An evaluator that counts every value against {@code budget} (null: unbounded). */
    Evaluator(SymbolTable symbols, ExpansionBudget budget) {
        this.symbols = symbols;
        this.budget = budget;
    }

    Value eval(Expr e, Map<String, Value> params) {
        if (budget != null) {
            budget.value(e.pos());
        }
        if (e instanceof Expr.Num n) {
            return Value.of(Poly.of(n.value()));
        } else if (e instanceof Expr.Name n) {
            return name(n, params);
        } else if (e instanceof Expr.Negate n) {
            return Value.of(size(eval(n.operand(), params), n.pos(), "-").negate());
        } else if (e instanceof Expr.Binary b) {
            return binary(b, params);
        }
        throw new IllegalStateException("unexpected " + e);
    }

    private Value name(Expr.Name n, Map<String, Value> params) {
        Value p = params.get(n.name());
        if (p != null) {
            return p;
        }
        Poly s = symbols.value(n.name());
        return s != null ? Value.of(s) : Value.word(n.name());
    }

    private Value binary(Expr.Binary b, Map<String, Value> params) {
        Poly l = size(eval(b.left(), params), b.left().pos(), b.op());
        Poly r = size(eval(b.right(), params), b.right().pos(), b.op());
        return Value.of(switch (b.op()) {
            case "+" -> l.add(r);
            case "-" -> l.subtract(r);
            case "*" -> l.multiply(r);
            case "/" -> divide(l, r, b.pos());
            default -> floorDivide(l, r, b.pos());
        });
    }

    private static Poly divide(Poly l, Poly r, Pos at) {
        if (!r.isConstant() || r.isZero()) {
            throw new ModelError(at, "'/' divides only by a non-zero number, not by " + r);
        }
        return l.divide(r.constant());
    }

    private Poly floorDivide(Poly l, Poly r, Pos at) {
        if (r.isZero()) {
            throw new ModelError(at, "division by zero");
        }
        Poly q = SizeMath.floorDiv(l, r, symbols);
        if (q == null) {
            throw new ModelError(at, "floor division " + l + " // " + r + " is not a polynomial; give a value for "
                    + String.join(", ", l.add(r).variables()) + " (with --set) or declare the symbol odd/even");
        }
        return q;
    }

    /** The value as a size; words are unknown names. */
    Poly size(Value v, Pos at, String context) {
        if (v.isWord()) {
            throw new ModelError(at, "unknown name '" + v.word() + "' (declare it with 'symbol " + v.word() + "')");
        }
        return v.poly();
    }
}
