package nnwb.ui.chart;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels of a logarithmic axis that stay readable over any range: powers of ten as {@code 1e-11},
 * {@code 1e-10}, ... (plain {@code 0.001} to {@code 1000} near one); the minor ticks between them (2, 3, ... 9
 * times a power) are left unlabelled, so the labels read as decades. SWTChart's default format writes
 * {@code 8e-11} as {@code 0.00000000008} and anything below 1e-11 as {@code 0}. {@link #label} writes any value in
 * the same style ({@code 8e-11}, {@code 0.05}, {@code 2.5e6}); labels parse back to their values.
 */
public final class LogTickFormat extends Format {

    private static final long serialVersionUID = 1L;

    /** The label of {@code v}. */
    public static String label(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : Double.toString(v);
        }
        String sign = v < 0 ? "-" : "";
        double a = Math.abs(v);
        int e = (int) Math.floor(Math.log10(a));
        double m = a / Math.pow(10, e);
        m = Math.round(m * 10) / 10.0; // two significant digits
        if (m >= 10) {
            m /= 10;
            e++;
        }
        String mant = m == Math.rint(m) ? Long.toString((long) m) : String.format(Locale.ROOT, "%.1f", m);
        if (e >= -3 && e <= 3) {
            return sign + plain(mant, e);
        }
        return sign + mant + "e" + e;
    }

    private static String plain(String mant, int e) {
        return new java.math.BigDecimal(mant).scaleByPowerOfTen(e).stripTrailingZeros().toPlainString();
    }

    /** Whether {@code v} is a power of ten (to rounding). */
    public static boolean decade(double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            return false;
        }
        double e = Math.log10(v);
        return Math.abs(e - Math.rint(e)) < 1e-9;
    }

    /** A power of ten's label; minor ticks get none. */
    @Override
    public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
        double v = ((Number) obj).doubleValue();
        return toAppendTo.append(decade(v) ? label(v) : "");
    }

    @Override
    public Object parseObject(String source, ParsePosition pos) {
        try {
            double v = Double.parseDouble(source.substring(pos.getIndex()).trim());
            pos.setIndex(source.length());
            return v;
        } catch (NumberFormatException e) {
            pos.setErrorIndex(pos.getIndex());
            return null;
        }
    }
}
