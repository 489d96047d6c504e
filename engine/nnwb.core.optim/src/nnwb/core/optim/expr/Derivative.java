package nnwb.core.optim.expr;

import nnwb.core.optim.expr.Node.Bin;
import nnwb.core.optim.expr.Node.Call;
import nnwb.core.optim.expr.Node.Neg;
import nnwb.core.optim.expr.Node.Num;
import nnwb.core.optim.expr.Node.Var;

/**
 * Symbolic differentiation of a {@link Node} by the usual rules (sum, product, quotient, chain;
 * {@code u^c} with a constant exponent by the power rule, {@code u^v} otherwise through
 * {@code u^v·(v'·log u + v·u'/u)}; {@code abs' = sign}), folding constants and dropping zeros and ones.
 */
public final class Derivative {

    private Derivative() {
    }

    /** {@code ∂n/∂var}, var 0 for x and 1 for y. */
    public static Node of(Node n, int var) {
        if (n instanceof Num c) {
            return num(0);
        } else if (n instanceof Var v) {
            return num(v.index() == var ? 1 : 0);
        } else if (n instanceof Neg g) {
            return neg(of(g.u(), var));
        } else if (n instanceof Call c) {
            return mul(outer(c), of(c.arg(), var));
        } else if (n instanceof Bin b) {
            return binary(b, var);
        }
        throw new IllegalStateException("unexpected " + n);
    }

    private static Node binary(Bin b, int var) {
        Node u = b.l();
        Node v = b.r();
        Node du = of(u, var);
        Node dv = of(v, var);
        return switch (b.op()) {
            case '+' -> add(du, dv);
            case '-' -> sub(du, dv);
            case '*' -> add(mul(du, v), mul(u, dv));
            case '/' -> div(sub(mul(du, v), mul(u, dv)), mul(v, v));
            default -> power(u, v, du, dv);
        };
    }

    private static Node power(Node u, Node v, Node du, Node dv) {
        if (v instanceof Num c) {
            return mul(mul(num(c.value()), pow(u, num(c.value() - 1))), du);
        }
        Node logTerm = mul(dv, call(Fn.LOG, u));
        Node rest = isZero(du) ? num(0) : div(mul(v, du), u);
        return mul(pow(u, v), add(logTerm, rest));
    }

    private static Node outer(Call c) {
        Node u = c.arg();
        return switch (c.fn()) {
            case SIN -> call(Fn.COS, u);
            case COS -> neg(call(Fn.SIN, u));
            case EXP -> c;
            case LOG -> div(num(1), u);
            case SQRT -> div(num(0.5), c);
            case ABS -> call(Fn.SIGN, u);
            case TANH -> sub(num(1), mul(c, c));
            case SIGN -> num(0);
        };
    }

    private static boolean isZero(Node n) {
        return n instanceof Num c && c.value() == 0;
    }

    private static boolean isOne(Node n) {
        return n instanceof Num c && c.value() == 1;
    }

    static Node num(double v) {
        return new Num(v);
    }

    static Node neg(Node u) {
        if (u instanceof Num c) {
            return num(-c.value());
        }
        return u instanceof Neg g ? g.u() : new Neg(u);
    }

    static Node add(Node a, Node b) {
        if (isZero(a)) {
            return b;
        }
        if (isZero(b)) {
            return a;
        }
        return a instanceof Num x && b instanceof Num y ? num(x.value() + y.value()) : new Bin('+', a, b);
    }

    static Node sub(Node a, Node b) {
        if (isZero(b)) {
            return a;
        }
        if (isZero(a)) {
            return neg(b);
        }
        return a instanceof Num x && b instanceof Num y ? num(x.value() - y.value()) : new Bin('-', a, b);
    }

    static Node mul(Node a, Node b) {
        if (isZero(a) || isZero(b)) {
            return num(0);
        }
        if (isOne(a)) {
            return b;
        }
        if (isOne(b)) {
            return a;
        }
        return a instanceof Num x && b instanceof Num y ? num(x.value() * y.value()) : new Bin('*', a, b);
    }

    static Node div(Node a, Node b) {
        if (isZero(a)) {
            return num(0);
        }
        return isOne(b) ? a : new Bin('/', a, b);
    }

    static Node pow(Node a, Node b) {
        if (isZero(b)) {
            return num(1);
        }
        return isOne(b) ? a : new Bin('^', a, b);
    }

    static Node call(Fn f, Node u) {
        return new Call(f, u);
    }
}
