package nnwb.core.check;

import java.util.ArrayList;
import java.util.List;
import nnwb.core.symbolic.Rational;

/** Prints a parsed formula as LaTeX for a typeset preview: fractions, powers, roots, function names. */
final class LatexPrinter {

    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int POWER = 3;
    private static final int ATOM = 4;
    private static final java.util.Set<String> GREEK = java.util.Set.of("alpha", "beta", "gamma", "delta", "epsilon", "eta",
            "theta", "lambda", "mu", "rho", "sigma", "tau", "phi", "omega", "Gamma", "Delta", "Sigma", "Omega");

    private LatexPrinter() {
    }

    static String print(Expr e) {
        return switch (e) {
            case Expr.Num n -> number(n.value());
            case Expr.Const c -> c.name().equals("π") ? "\\pi" : "e";
            case Expr.Var v -> name(v.name());
            case Expr.Neg n -> "-" + wrap(n.arg(), PRODUCT);
            case Expr.Recip r -> "\\frac{1}{" + print(r.arg()) + "}";
            case Expr.Sum s -> sum(s.terms());
            case Expr.Product p -> product(p.factors());
            case Expr.Pow p -> wrap(p.base(), ATOM) + "^{" + print(p.exponent()) + "}";
            case Expr.Call c -> call(c);
        };
    }

    private static String sum(List<Expr> terms) {
        StringBuilder sb = new StringBuilder();
        for (Expr t : terms) {
            if (sb.length() == 0) {
                sb.append(print(t));
            } else if (t instanceof Expr.Neg n) {
                sb.append(" - ").append(wrap(n.arg(), PRODUCT));
            } else {
                sb.append(" + ").append(print(t));
            }
        }
        return sb.toString();
    }

    private static String product(List<Expr> factors) {
        List<Expr> top = new ArrayList<>();
        List<Expr> bottom = new ArrayList<>();
        for (Expr f : factors) {
            if (f instanceof Expr.Recip r) {
                bottom.add(r.arg());
            } else {
                top.add(f);
            }
        }
        String num = top.isEmpty() ? "1" : juxtapose(top, bottom.isEmpty() ? PRODUCT : SUM);
        return bottom.isEmpty() ? num : "\\frac{" + num + "}{" + juxtapose(bottom, SUM) + "}";
    }

    private static String juxtapose(List<Expr> factors, int level) {
        if (factors.size() == 1 && level == SUM) {
            return print(factors.get(0));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < factors.size(); i++) {
            Expr f = factors.get(i);
            if (i > 0) {
                sb.append(f instanceof Expr.Num || f instanceof Expr.Neg ? " \\cdot " : " ");
            }
            sb.append(wrap(f, PRODUCT + 1));
        }
        return sb.toString();
    }

    private static String call(Expr.Call c) {
        String arg = print(c.arg());
        return switch (c.fn()) {
            case SQRT -> "\\sqrt{" + arg + "}";
            case ABS -> "\\left|" + arg + "\\right|";
            default -> c.fn().latex() + "\\left(" + arg + "\\right)";
        };
    }

    private static String wrap(Expr e, int needed) {
        String s = print(e);
        return level(e) < needed ? "\\left(" + s + "\\right)" : s;
    }

    private static int level(Expr e) {
        return switch (e) {
            case Expr.Sum s -> SUM;
            case Expr.Neg n -> SUM;
            case Expr.Product p -> PRODUCT;
            case Expr.Recip r -> PRODUCT;
            case Expr.Pow p -> POWER;
            case Expr.Num n -> n.value().isInteger() && n.value().signum() >= 0 ? ATOM : PRODUCT;
            default -> ATOM;
        };
    }

    private static String number(Rational r) {
        if (r.isInteger()) {
            return r.toString();
        }
        String sign = r.signum() < 0 ? "-" : "";
        return sign + "\\frac{" + r.numerator().abs() + "}{" + r.denominator() + "}";
    }

    private static String name(String n) {
        int u = n.indexOf('_');
        String base = u < 0 ? n : n.substring(0, u);
        String printed = GREEK.contains(base) ? "\\" + base : base.length() > 1 ? "\\mathrm{" + base + "}" : base;
        return u < 0 ? printed : printed + "_{" + n.substring(u + 1).replace("_", "\\_") + "}";
    }
}
