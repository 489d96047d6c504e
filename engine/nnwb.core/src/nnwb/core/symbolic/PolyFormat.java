package nnwb.core.symbolic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Prints a {@link Poly} in simplified form: terms by falling degree, factors in
 * a preferred variable order (then alphabetical), unit coefficients dropped,
 * e.g. {@code n·K²·L} ({@link #UNICODE}) or {@code n*K^2*L} ({@link #ASCII}).
 */
public final class PolyFormat {

    /** Middle dot, superscript exponents and a true minus sign. */
    public static final PolyFormat UNICODE = new PolyFormat(true, List.of());
    /** {@code *}, {@code ^} and {@code -}, parseable back by {@link PolyParser}. */
    public static final PolyFormat ASCII = new PolyFormat(false, List.of());

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private final boolean unicode;
    private final List<String> order;

    private PolyFormat(boolean unicode, List<String> order) {
        this.unicode = unicode;
        this.order = List.copyOf(order);
    }

    /** The same style with variables printed in {@code preferred} order first. */
    public PolyFormat withOrder(List<String> preferred) {
        return new PolyFormat(unicode, preferred);
    }

    public String format(Poly p) {
        if (p.isZero()) {
            return "0";
        }
        List<Map.Entry<Monomial, Rational>> terms = new ArrayList<>(p.terms().entrySet());
        terms.sort(Comparator.comparing((Map.Entry<Monomial, Rational> e) -> -e.getKey().degree())
                .thenComparing(e -> key(e.getKey())));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Monomial, Rational> t : terms) {
            Rational c = t.getValue();
            if (sb.length() == 0) {
                if (c.signum() < 0) {
                    sb.append(unicode ? "−" : "-");
                }
            } else {
                sb.append(c.signum() < 0 ? (unicode ? " − " : " - ") : " + ");
            }
            term(sb, t.getKey(), c.signum() < 0 ? c.negate() : c);
        }
        return sb.toString();
    }

    private void term(StringBuilder sb, Monomial m, Rational c) {
        String mul = unicode ? "·" : "*";
        BigInteger num = c.numerator();
        if (m.isOne()) {
            sb.append(c);
            return;
        }
        if (!num.equals(BigInteger.ONE)) {
            sb.append(num).append(mul);
        }
        List<Integer> idx = factorOrder(m);
        for (int k = 0; k < idx.size(); k++) {
            int i = idx.get(k);
            if (k > 0) {
                sb.append(mul);
            }
            sb.append(m.variable(i));
            if (m.exponent(i) != 1) {
                sb.append(unicode ? superscript(m.exponent(i)) : "^" + m.exponent(i));
            }
        }
        if (!c.isInteger()) {
            sb.append('/').append(c.denominator());
        }
    }

    private List<Integer> factorOrder(Monomial m) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.comparing((Integer i) -> rank(m.variable(i))).thenComparing(m::variable));
        return idx;
    }

    private int rank(String var) {
        int r = order.indexOf(var);
        return r < 0 ? Integer.MAX_VALUE : r;
    }

    private String key(Monomial m) {
        StringBuilder sb = new StringBuilder();
        for (int i : factorOrder(m)) {
            int r = rank(m.variable(i));
            sb.append(String.format("%06d%s^%03d;", r == Integer.MAX_VALUE ? 999999 : r, m.variable(i), 999 - m.exponent(i)));
        }
        return sb.toString();
    }

    private static String superscript(int e) {
        StringBuilder sb = new StringBuilder();
        for (char ch : Integer.toString(e).toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(ch - '0'));
        }
        return sb.toString();
    }
}
