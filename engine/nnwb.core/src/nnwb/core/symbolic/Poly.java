package nnwb.core.symbolic;

import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An exact multivariate polynomial with {@link Rational} coefficients, e.g. the
 * forward multiplications {@code n·K²·L} of an MLP. Immutable; arithmetic never
 * overflows. Constants are polynomials without variables, so numeric and
 * symbolic analysis share one code path. {@link #toString()} prints the
 * simplified form with {@link PolyFormat#UNICODE}.
 */
public final class Poly {

    public static final Poly ZERO = new Poly(Map.of());
    public static final Poly ONE = of(1);

    private final Map<Monomial, Rational> terms;

    private Poly(Map<Monomial, Rational> terms) {
        this.terms = terms;
    }

    public static Poly of(long value) {
        return of(Rational.of(value));
    }

    public static Poly of(BigInteger value) {
        return of(Rational.of(value));
    }

    public static Poly of(Rational value) {
        return value.signum() == 0 ? ZERO : new Poly(Map.of(Monomial.ONE, value));
    }

    public static Poly of(Monomial m) {
        return new Poly(Map.of(m, Rational.ONE));
    }

    /** The polynomial consisting of the single variable {@code name}. */
    public static Poly var(String name) {
        return of(Monomial.of(name));
    }

    /** Parses a formula such as {@code "n*K^2*L + 2"} or {@code "n·K²·L"}; see {@link PolyParser}. */
    public static Poly parse(String text) {
        return PolyParser.parse(text);
    }

    /** Terms by monomial (read-only, no zero coefficients). */
    public Map<Monomial, Rational> terms() {
        return Collections.unmodifiableMap(terms);
    }

    public boolean isZero() {
        return terms.isEmpty();
    }

    public boolean isConstant() {
        return terms.isEmpty() || (terms.size() == 1 && terms.containsKey(Monomial.ONE));
    }

    /** The constant term (the value when this is constant). */
    public Rational constant() {
        Rational r = terms.get(Monomial.ONE);
        return r == null ? Rational.ZERO : r;
    }

    /** True when this is a constant integer. */
    public boolean isInteger() {
        return isConstant() && constant().isInteger();
    }

    /** The value of a constant integer polynomial; throws otherwise. */
    public BigInteger bigIntegerValue() {
        if (!isInteger()) {
            throw new ArithmeticException("not an integer constant: " + this);
        }
        return constant().numerator();
    }

    /** The value of a constant integer polynomial as a long; throws when not exact. */
    public long longValue() {
        return bigIntegerValue().longValueExact();
    }

    /** Names of the variables that occur, sorted. */
    public Set<String> variables() {
        Set<String> s = new TreeSet<>();
        for (Monomial m : terms.keySet()) {
            for (int i = 0; i < m.size(); i++) {
                s.add(m.variable(i));
            }
        }
        return s;
    }

    /** The highest total degree (0 for constants). */
    public int degree() {
        int d = 0;
        for (Monomial m : terms.keySet()) {
            d = Math.max(d, m.degree());
        }
        return d;
    }

    public Poly add(Poly o) {
        if (o.isZero()) {
            return this;
        }
        if (isZero()) {
            return o;
        }
        if (isConstant() && o.isConstant()) {
            return of(constant().add(o.constant()));
        }
        Map<Monomial, Rational> m = new HashMap<>(terms);
        o.terms.forEach((k, v) -> {
            Rational s = m.getOrDefault(k, Rational.ZERO).add(v);
            if (s.signum() == 0) {
                m.remove(k);
            } else {
                m.put(k, s);
            }
        });
        return new Poly(m);
    }

    public Poly add(long c) {
        return add(of(c));
    }

    public Poly subtract(Poly o) {
        return add(o.negate());
    }

    public Poly subtract(long c) {
        return add(of(-c));
    }

    public Poly negate() {
        return multiply(Rational.of(-1));
    }

    public Poly multiply(Rational c) {
        if (c.signum() == 0) {
            return ZERO;
        }
        if (c.equals(Rational.ONE)) {
            return this;
        }
        Map<Monomial, Rational> m = new HashMap<>();
        terms.forEach((k, v) -> m.put(k, v.multiply(c)));
        return new Poly(m);
    }

    public Poly multiply(long c) {
        return multiply(Rational.of(c));
    }

    public Poly multiply(Poly o) {
        if (o.isConstant()) {
            return multiply(o.constant());
        }
        if (isConstant()) {
            return o.multiply(constant());
        }
        Map<Monomial, Rational> m = new HashMap<>();
        terms.forEach((k1, v1) -> o.terms.forEach((k2, v2) -> {
            Monomial k = k1.multiply(k2);
            Rational s = m.getOrDefault(k, Rational.ZERO).add(v1.multiply(v2));
            if (s.signum() == 0) {
                m.remove(k);
            } else {
                m.put(k, s);
            }
        }));
        return new Poly(m);
    }

    /** Division by a non-zero constant (exact, coefficients become rational). */
    public Poly divide(Rational c) {
        return multiply(Rational.ONE.divide(c));
    }

    public Poly divide(long c) {
        return divide(Rational.of(c));
    }

    public Poly pow(int exponent) {
        Poly r = ONE;
        for (int i = 0; i < exponent; i++) {
            r = r.multiply(this);
        }
        return r;
    }

    /**
     * {@code floor(this / c)} when it is a polynomial for every integer value of
     * the variables: exactly for constants, and for symbolic polynomials only
     * when all coefficients divided by {@code c} are integers; otherwise null.
     */
    public Poly floorDivide(long c) {
        if (isConstant()) {
            return of(Rational.of(constant().divide(Rational.of(c)).floor()));
        }
        Poly q = divide(c);
        for (Rational r : q.terms.values()) {
            if (!r.isInteger()) {
                return null;
            }
        }
        return q;
    }

    /** Replaces variables by polynomials; variables not in {@code values} stay. */
    public Poly substitute(Map<String, Poly> values) {
        if (isConstant()) {
            return this;
        }
        Poly r = ZERO;
        for (Map.Entry<Monomial, Rational> t : terms.entrySet()) {
            Monomial m = t.getKey();
            Poly p = of(t.getValue());
            for (int i = 0; i < m.size(); i++) {
                Poly v = values.get(m.variable(i));
                p = p.multiply(v == null ? var(m.variable(i)).pow(m.exponent(i)) : v.pow(m.exponent(i)));
            }
            r = r.add(p);
        }
        return r;
    }

    /**
     * True when {@code this >= other} for all non-negative values of the
     * variables because every coefficient of the difference is non-negative
     * (a sufficient test; false means "not shown").
     */
    public boolean dominates(Poly other) {
        for (Rational r : subtract(other).terms.values()) {
            if (r.signum() < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Poly p && terms.equals(p.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return PolyFormat.UNICODE.format(this);
    }
}
