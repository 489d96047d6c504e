package nnwb.core.check;

import java.util.List;
import nnwb.core.symbolic.Rational;

/**
 * A parsed formula: sums and products are flat lists, so the tree is only as deep as the
 * written nesting (which the parser bounds). Evaluates in doubles, NaN or infinity meaning
 * "undefined here".
 */
sealed interface Expr {

    /** The value at {@code x}, one entry per symbol slot. */
    double eval(double[] x);

    /** An exact rational constant. */
    record Num(Rational value) implements Expr {
        @Override
        public double eval(double[] x) {
            return value.doubleValue();
        }
    }

    /** A named constant without an exact value (pi, e). */
    record Const(String name, double value) implements Expr {
        @Override
        public double eval(double[] x) {
            return value;
        }
    }

    /** A declared symbol at slot {@code slot}. */
    record Var(String name, int slot) implements Expr {
        @Override
        public double eval(double[] x) {
            return x[slot];
        }
    }

    /** {@code -arg}. */
    record Neg(Expr arg) implements Expr {
        @Override
        public double eval(double[] x) {
            return -arg.eval(x);
        }
    }

    /** {@code 1/arg}. */
    record Recip(Expr arg) implements Expr {
        @Override
        public double eval(double[] x) {
            double d = arg.eval(x);
            return d == 0 ? Double.NaN : 1 / d;
        }
    }

    /** The sum of the terms. */
    record Sum(List<Expr> terms) implements Expr {
        @Override
        public double eval(double[] x) {
            double s = 0;
            for (Expr t : terms) {
                s += t.eval(x);
            }
            return s;
        }
    }

    /** The product of the factors. */
    record Product(List<Expr> factors) implements Expr {
        @Override
        public double eval(double[] x) {
            double p = 1;
            for (Expr f : factors) {
                p *= f.eval(x);
            }
            return p;
        }
    }

    /** {@code base^exponent}. */
    record Pow(Expr base, Expr exponent) implements Expr {
        @Override
        public double eval(double[] x) {
            double b = base.eval(x);
            double e = exponent.eval(x);
            return b == 0 && e < 0 ? Double.NaN : Math.pow(b, e);
        }
    }

    /** A function call. */
    record Call(Fn fn, Expr arg) implements Expr {
        @Override
        public double eval(double[] x) {
            return fn.apply(arg.eval(x));
        }
    }
}
