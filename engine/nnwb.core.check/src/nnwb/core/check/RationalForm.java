package nnwb.core.check;

import java.util.Map;
import java.util.Optional;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.Rational;

/**
 * A formula as a quotient of two exact polynomials ({@link Poly}), when it is one: numbers,
 * symbols, sums, products, quotients and integer powers up to {@value #MAX_EXPONENT}. Growth
 * is bounded (terms, degree, coefficient size, the deadline); a formula past the bounds, or with
 * roots, logarithms or constants such as pi, has no rational form and is compared by evaluation.
 *
 * @param num numerator
 * @param den denominator, never the zero polynomial
 */
record RationalForm(Poly num, Poly den) {

    static final int MAX_EXPONENT = 64;
    static final int MAX_TERMS = 400;
    static final int MAX_TERM_PRODUCTS = 40_000;
    static final int MAX_BITS = 4096;
    static final int MAX_DEGREE = 256;

    private static final class NotRational extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotRational() {
            super(null, null, false, false);
        }
    }

    /** The rational form of {@code e}, or empty when it has none within the bounds. */
    static Optional<RationalForm> of(Expr e, Deadline deadline) {
        try {
            return Optional.of(convert(e, deadline));
        } catch (NotRational x) {
            return Optional.empty();
        }
    }

    /** Whether both are the same rational function (cross-multiplied); empty when that is too large to decide. */
    Optional<Boolean> sameAs(RationalForm o, Deadline deadline) {
        try {
            return Optional.of(mul(num, o.den, deadline).equals(mul(o.num, den, deadline)));
        } catch (NotRational x) {
            return Optional.empty();
        }
    }

    /** The exact value at {@code point}, or null where the denominator vanishes. */
    Rational at(Map<String, Poly> point) {
        Rational d = den.substitute(point).constant();
        return d.signum() == 0 ? null : num.substitute(point).constant().divide(d);
    }

    private static RationalForm convert(Expr e, Deadline deadline) {
        deadline.check();
        if (e instanceof Expr.Num n) {
            return new RationalForm(Poly.of(n.value()), Poly.ONE);
        } else if (e instanceof Expr.Var v) {
            return new RationalForm(Poly.var(v.name()), Poly.ONE);
        } else if (e instanceof Expr.Neg n) {
            RationalForm a = convert(n.arg(), deadline);
            return new RationalForm(a.num.negate(), a.den);
        } else if (e instanceof Expr.Recip r) {
            RationalForm a = convert(r.arg(), deadline);
            if (a.num.isZero()) {
                throw new NotRational();
            }
            return make(a.den, a.num);
        } else if (e instanceof Expr.Sum s) {
            RationalForm acc = null;
            for (Expr t : s.terms()) {
                RationalForm a = convert(t, deadline);
                acc = acc == null ? a : acc.den.equals(a.den) ? make(guard(acc.num.add(a.num)), acc.den)
                        : make(guard(mul(acc.num, a.den, deadline).add(mul(a.num, acc.den, deadline))),
                                mul(acc.den, a.den, deadline));
            }
            return acc;
        } else if (e instanceof Expr.Product p) {
            RationalForm acc = new RationalForm(Poly.ONE, Poly.ONE);
            for (Expr f : p.factors()) {
                RationalForm a = convert(f, deadline);
                acc = make(mul(acc.num, a.num, deadline), mul(acc.den, a.den, deadline));
            }
            return acc;
        } else if (e instanceof Expr.Pow p) {
            return power(convert(p.base(), deadline), convert(p.exponent(), deadline), deadline);
        } else if (e instanceof Expr.Const c) {
            throw new NotRational();
        } else if (e instanceof Expr.Call c) {
            throw new NotRational();
        }
        throw new IllegalStateException("unexpected " + e);
    }

    private static RationalForm power(RationalForm base, RationalForm exponent, Deadline deadline) {
        if (!exponent.num.isConstant() || !exponent.den.isConstant()) {
            throw new NotRational();
        }
        Rational e = exponent.num.constant().divide(exponent.den.constant());
        if (!e.isInteger() || e.numerator().abs().intValue() > MAX_EXPONENT || e.numerator().bitLength() > 31) {
            throw new NotRational();
        }
        int k = e.numerator().intValue();
        if (k < 0 && base.num.isZero()) {
            throw new NotRational();
        }
        Poly n = Poly.ONE;
        Poly d = Poly.ONE;
        for (int i = 0; i < Math.abs(k); i++) {
            n = mul(n, base.num, deadline);
            d = mul(d, base.den, deadline);
        }
        return k >= 0 ? make(n, d) : make(d, n);
    }

    private static RationalForm make(Poly num, Poly den) {
        if (den.isConstant()) {
            return new RationalForm(guard(num.divide(den.constant())), Poly.ONE);
        }
        return new RationalForm(num, den);
    }

    private static Poly mul(Poly a, Poly b, Deadline deadline) {
        deadline.check();
        if ((long) a.terms().size() * b.terms().size() > MAX_TERM_PRODUCTS) {
            throw new NotRational();
        }
        return guard(a.multiply(b));
    }

    private static Poly guard(Poly p) {
        if (p.terms().size() > MAX_TERMS || p.degree() > MAX_DEGREE) {
            throw new NotRational();
        }
        for (Rational c : p.terms().values()) {
            if (c.numerator().bitLength() > MAX_BITS || c.denominator().bitLength() > MAX_BITS) {
                throw new NotRational();
            }
        }
        return p;
    }
}
