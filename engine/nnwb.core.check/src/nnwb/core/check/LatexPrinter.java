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
        if (e instanceof Expr.Num n) {
            return number(n.value());
        } else if (e instanceof Expr.Const c) {
            return c.name().equals("π") ? "\\pi" : "e";
        } else if (e instanceof Expr.Var v) {
            return name(v.name());
        } else if (e instanceof Expr.Neg n) {
            return "-" + wrap(n.arg(), PRODUCT);
        } else if (e instanceof Expr.Recip r) {
            return "\\frac{1}{" + print(r.arg()) + "}";
        } else if (e instanceof Expr.Sum s) {
            return sum(s.terms());
        } else if (e instanceof Expr.Product p) {
            return product(p.factors());
        } else if (e instanceof Expr.Pow p) {
            return wrap(p.base(), ATOM) + "^{" + print(p.exponent()) + "}";
        } else if (e instanceof Expr.Call c) {
            return call(c);
        }
        throw new IllegalStateException("unexpected " + e);
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
            case FLOOR -> "\\left\\lfloor " + arg + "\\right\\rfloor";
            case CEIL -> "\\left\\lceil " + arg + "\\right\\rceil";
            default -> c.fn().latex() + "\\left(" + arg + "\\right)";
        };
    }

    private static String wrap(Expr e, int needed) {
        String s = print(e);
        return level(e) < needed ? "\\left(" + s + "\\right)" : s;
    }

    private static int level(Expr e) {
        if (e instanceof Expr.Sum s) {
            return SUM;
        } else if (e instanceof Expr.Neg n) {
            return SUM;
        } else if (e instanceof Expr.Product p) {
            return PRODUCT;
        } else if (e instanceof Expr.Recip r) {
            return PRODUCT;
        } else if (e instanceof Expr.Pow p) {
            return POWER;
        } else if (e instanceof Expr.Num n) {
            return n.value().isInteger() && n.value().signum() >= 0 ? ATOM : PRODUCT;
        } else {
            return ATOM;
        }
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
