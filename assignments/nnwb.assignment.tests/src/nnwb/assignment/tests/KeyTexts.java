package nnwb.assignment.tests;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nnwb.core.check.Figures;

/**
 * The common ways a number may be written: plain, rounded to 2 to 8 significant figures (as Figures shows it and as
 * plain decimals), scientific ({@code 5.82e7}, {@code 5.82E+07}) and with thousands separators. A number matches as a
 * whole token only, so the key 58 is not found inside 581.
 */
final class KeyTexts {

    private KeyTexts() {
    }

    /** The written forms of {@code v}. */
    static Set<String> of(BigDecimal v) {
        Set<String> out = new LinkedHashSet<>();
        out.add(Figures.format(v));
        BigDecimal exact = v.stripTrailingZeros();
        if (exact.scale() <= 0) {
            out.add(exact.toPlainString());
            out.add(String.format(Locale.ROOT, "%,d", exact.toBigInteger()));
            out.add(String.format(Locale.ROOT, "%,d", exact.toBigInteger()).replace(',', ' '));
        }
        double d = v.doubleValue();
        for (int figures = 2; figures <= 8; figures++) {
            BigDecimal r = v.round(new MathContext(figures, RoundingMode.HALF_UP)).stripTrailingZeros();
            if (r.precision() >= 2 || r.scale() > 0) {
                out.add(r.toPlainString());
            }
            out.add(String.format(Locale.ROOT, "%." + (figures - 1) + "e", d));
            out.add(String.format(Locale.ROOT, "%." + (figures - 1) + "E", d));
            out.add(Figures.format(r));
        }
        out.add(Double.toString(d));
        out.removeIf(s -> s.replace("-", "").length() < 2);
        return out;
    }

    /** The form of {@code forms} that {@code text} holds as a whole number token (exponents compared as {@code e7}), or null. */
    static String foundIn(String text, Set<String> forms) {
        String plain = exponents(text);
        for (String f : forms) {
            Pattern p = Pattern.compile("(?<![\\d.])" + Pattern.quote(exponents(f)) + "(?!\\.?\\d)");
            if (p.matcher(plain).find()) {
                return f;
            }
        }
        return null;
    }

    /** {@code 5.82E+07} as {@code 5.82e7}, {@code 1e-05} as {@code 1e-5}. */
    private static String exponents(String s) {
        return s.replaceAll("(\\d)[eE]\\+?0*(\\d)", "$1e$2").replaceAll("(\\d)[eE]-0*(\\d)", "$1e-$2");
    }
}
