package nnwb.core.check;

import java.math.BigDecimal;

/**
 * A unit of the coursework: its symbol, its dimension and its size in the dimension's base
 * unit (bytes, seconds, ones). The units themselves are listed in {@link Units}.
 *
 * @param symbol    as printed, e.g. {@code MiB}; empty for a plain count
 * @param dimension what it measures
 * @param factor    base units per unit, e.g. 1048576 for MiB
 */
public record Unit(String symbol, Dimension dimension, BigDecimal factor) {

    public Unit {
        if (symbol == null || dimension == null || factor == null || factor.signum() <= 0) {
            throw new IllegalArgumentException("a unit needs a symbol, a dimension and a positive factor");
        }
    }

    /** {@code value} of this unit expressed in {@code target} units (same dimension). */
    public BigDecimal convert(BigDecimal value, Unit target) {
        return value.multiply(factor).divide(target.factor, java.math.MathContext.DECIMAL128);
    }

    /** The symbol after a number, e.g. " MiB"; empty for a plain count. */
    public String suffix() {
        return symbol.isEmpty() ? "" : " " + symbol;
    }
}
