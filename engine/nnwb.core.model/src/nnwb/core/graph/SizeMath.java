package nnwb.core.graph;

import java.util.HashMap;
import java.util.Map;
import nnwb.core.model.Parity;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.Rational;

/** Floor division of sizes that may be symbolic. */
public final class SizeMath {

    private SizeMath() {
    }

    /**
     * {@code floor(a / b)} as a polynomial, or null when it is not one: {@code b}
     * must be a positive constant; symbolic {@code a} works when every
     * coefficient divides exactly, or for {@code b = 2} when the parity of
     * {@code a} follows from the declared parities (odd {@code k}: {@code k//2 = (k-1)/2}).
     */
    static Poly floorDiv(Poly a, Poly b, SymbolTable symbols) {
        if (!b.isConstant() || b.constant().signum() <= 0 || !b.constant().isInteger()) {
            return null;
        }
        long c = b.longValue();
        Poly q = a.floorDivide(c);
        if (q != null || c != 2) {
            return q;
        }
        Map<String, Poly> parityValues = new HashMap<>();
        for (String v : a.variables()) {
            Parity p = symbols.parity(v);
            if (p == Parity.ANY) {
                return null;
            }
            parityValues.put(v, Poly.of(p == Parity.ODD ? 1 : 0));
        }
        for (Rational r : a.terms().values()) {
            if (!r.isInteger()) {
                return null;
            }
        }
        Rational rem = Rational.of(a.substitute(parityValues).bigIntegerValue().mod(java.math.BigInteger.TWO));
        return a.subtract(Poly.of(rem)).divide(2);
    }
}
