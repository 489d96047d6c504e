package nnwb.core.report;

import nnwb.core.graph.Shape;

import java.math.BigDecimal;
import java.math.MathContext;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.PolyFormat;
import nnwb.core.symbolic.Rational;

/** How report values are written out: exact numbers when numeric, formula strings when symbolic. */
public final class ReportValues {

    private final PolyFormat format;
    private final boolean symbolic;

    ReportValues(PolyFormat format, boolean symbolic) {
        this.format = format;
        this.symbolic = symbolic;
    }

    /** A JSON value: an integer (Long or BigInteger), an exact decimal, or a formula string. */
    Object json(Poly p) {
        if (symbolic || !p.isConstant()) {
            return format.format(p);
        }
        Rational r = p.constant();
        if (r.isInteger()) {
            return r.numerator().bitLength() < 63 ? (Object) r.numerator().longValueExact() : r.numerator();
        }
        try {
            return new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()));
        } catch (ArithmeticException e) {
            return new BigDecimal(r.numerator()).divide(new BigDecimal(r.denominator()), MathContext.DECIMAL64);
        }
    }

    /** Text for a table cell: grouped digits for integers, else the formula. */
    String text(Poly p) {
        if (!p.isConstant()) {
            return format.format(p);
        }
        Rational r = p.constant();
        if (r.isInteger()) {
            return String.format("%,d", r.numerator());
        }
        return json(p).toString();
    }

    String text(Shape s, boolean channelsLast) {
        return s.format(channelsLast, format);
    }

    PolyFormat format() {
        return format;
    }
}
