package nnwb.core.symbolic;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A product of variables raised to positive integer powers, e.g. {@code n·K²·L}.
 * Variables are kept sorted by name so that equal products compare equal. Immutable.
 */
public final class Monomial {

    /** The empty product, 1. */
    public static final Monomial ONE = new Monomial(new String[0], new int[0]);

    private final String[] vars;
    private final int[] exps;
    private final int hash;

    private Monomial(String[] vars, int[] exps) {
        this.vars = vars;
        this.exps = exps;
        this.hash = Arrays.hashCode(vars) * 31 + Arrays.hashCode(exps);
    }

    /** The single variable {@code name}. */
    public static Monomial of(String name) {
        return new Monomial(new String[] {name}, new int[] {1});
    }

    static Monomial of(Map<String, Integer> powers) {
        TreeMap<String, Integer> sorted = new TreeMap<>();
        powers.forEach((k, v) -> {
            if (v != 0) {
                sorted.put(k, v);
            }
        });
        String[] vs = sorted.keySet().toArray(new String[0]);
        int[] es = new int[vs.length];
        for (int i = 0; i < vs.length; i++) {
            es[i] = sorted.get(vs[i]);
        }
        return vs.length == 0 ? ONE : new Monomial(vs, es);
    }

    public boolean isOne() {
        return vars.length == 0;
    }

    /** Number of distinct variables. */
    public int size() {
        return vars.length;
    }

    public String variable(int i) {
        return vars[i];
    }

    public int exponent(int i) {
        return exps[i];
    }

    /** The exponent of {@code name}, 0 when absent. */
    public int exponentOf(String name) {
        int i = Arrays.binarySearch(vars, name);
        return i >= 0 ? exps[i] : 0;
    }

    public int degree() {
        int d = 0;
        for (int e : exps) {
            d += e;
        }
        return d;
    }

    public Monomial multiply(Monomial o) {
        if (o.isOne()) {
            return this;
        }
        if (isOne()) {
            return o;
        }
        TreeMap<String, Integer> m = new TreeMap<>();
        for (int i = 0; i < vars.length; i++) {
            m.put(vars[i], exps[i]);
        }
        for (int i = 0; i < o.vars.length; i++) {
            m.merge(o.vars[i], o.exps[i], Integer::sum);
        }
        return of(m);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Monomial m && hash == m.hash && Arrays.equals(vars, m.vars) && Arrays.equals(exps, m.exps);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return PolyFormat.ASCII.format(Poly.of(this));
    }
}
