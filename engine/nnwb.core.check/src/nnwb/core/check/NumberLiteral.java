package nnwb.core.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a student wrote it: its exact value and how many significant figures the
 * literal shows. Reads {@code 1500}, {@code -1.5e6}, {@code 1,500,000}, {@code 1,500.5}, {@code 1_500},
 * {@code 1.5×10^6}, {@code 2^20} and {@code 3/4}. Length is checked before anything is
 * parsed, so a million-digit number costs nothing; magnitudes beyond 10^±300 are refused.
 * A comma is read only where it can be nothing but a thousands separator (two or more groups,
 * or a decimal point after it): {@code 8,625} may be 8625 or a decimal comma's 8.625 and is
 * refused as ambiguous, and a decimal comma ({@code 3,5}) is refused too (it could also separate
 * two numbers); each with the reason and the two ways to write it.
 *
 * @param value       the exact value
 * @param minSigFigs  fewest significant figures the literal can mean (trailing zeros of an integer are ambiguous)
 * @param maxSigFigs  most significant figures the literal can mean
 * @param decimal     false for a power or a fraction, which have no significant figures
 */
public record NumberLiteral(BigDecimal value, int minSigFigs, int maxSigFigs, boolean decimal) {

    /** Largest decimal exponent accepted. */
    public static final int MAX_EXPONENT = 300;

    private static final String MANTISSA = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+";
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(?:(\\d{1,7})\\s*\\^\\s*(\\d{1,3})"
                    + "|(" + MANTISSA + ")\\s*/\\s*(" + MANTISSA + ")"
                    + "|(" + MANTISSA + ")(?:[eE]([+-]?\\d{1,5})|\\s*[x×*·]\\s*10\\s*\\^\\s*\\(?([+-]?\\d{1,5})\\)?)?)");

    /** Parses all of {@code text} as a number; throws a one-line reason otherwise. */
    public static NumberLiteral parse(String text, int maxChars) {
        ParsedPrefix p = parsePrefix(text, maxChars);
        if (!p.rest().isEmpty()) {
            throw new IllegalArgumentException("not a number: " + Echo.quote(text));
        }
        return p.number();
    }

    /**
     * A number at the start of some text and what follows it.
     *
     * @param number the number
     * @param chars  characters the number took
     * @param rest   what follows, trimmed (e.g. a unit)
     */
    public record ParsedPrefix(NumberLiteral number, int chars, String rest) {
    }

    /** Parses the number at the start of {@code text}; the rest (trimmed) is returned, e.g. a unit. */
    public static ParsedPrefix parsePrefix(String text, int maxChars) {
        if (text.length() > maxChars) {
            throw new IllegalArgumentException("answer is " + text.length() + " characters long; a number may have at most "
                    + maxChars);
        }
        String s = text.strip().replace('−', '-').replace('\u2009', ' ').replaceAll("(?<=\\d)_(?=\\d)", "");
        Matcher m = NUMBER.matcher(s);
        if (s.isEmpty() || !m.lookingAt()) {
            throw new IllegalArgumentException(s.isEmpty() ? "empty answer; a number was expected" : "not a number: " + Echo.quote(text));
        }
        commas(s, text);
        for (int g : new int[] {4, 5}) {
            ambiguousComma(m.group(g), "", text);
        }
        boolean negative = m.group(1).equals("-");
        NumberLiteral n;
        if (m.group(2) != null) {
            n = power(new BigInteger(m.group(2)), Integer.parseInt(m.group(3)), text);
        } else if (m.group(4) != null) {
            BigDecimal den = mantissa(m.group(5));
            if (den.signum() == 0) {
                throw new IllegalArgumentException("division by zero in " + Echo.quote(text));
            }
            n = new NumberLiteral(checkRange(mantissa(m.group(4)).divide(den, MathContext.DECIMAL128), text), 1, 34, false);
        } else {
            String exp = m.group(7) != null ? m.group(7) : m.group(8);
            n = decimal(m.group(6), exp == null ? 0 : Integer.parseInt(exp), text);
        }
        return new ParsedPrefix(negative ? new NumberLiteral(n.value.negate(), n.minSigFigs, n.maxSigFigs, n.decimal) : n,
                m.end(), s.substring(m.end()).strip());
    }

    private static final Pattern LEADING_DIGITS = Pattern.compile("[+-]?(\\d[\\d,]*)");

    /** The commas of the leading run of digits: thousands separators only where nothing else can be meant. */
    private static void commas(String s, String text) {
        Matcher m = LEADING_DIGITS.matcher(s);
        if (!m.lookingAt() || m.group(1).indexOf(',') < 0) {
            return;
        }
        String run = m.group(1);
        String next = s.substring(m.end());
        if (run.endsWith(",") || run.matches("\\d{1,3}(?:,\\d{3})+")) {
            ambiguousComma(run, next, text);
            return;
        }
        String[] parts = run.split(",", -1);
        throw new IllegalArgumentException(Echo.quote(text) + ": these commas are no thousands separators (groups of three digits),"
                + " and decimal commas are not read" + (parts.length == 2 ? "; write " + parts[0] + "." + parts[1] + " for a decimal number"
                        : ""));
    }

    /** One comma between 1-3 and 3 digits, no point after: a thousands separator or a decimal comma, so refused. */
    private static void ambiguousComma(String mantissa, String next, String text) {
        if (mantissa != null && mantissa.matches("\\d{1,3},\\d{3}") && !next.startsWith(".")) {
            String[] p = mantissa.split(",");
            throw new IllegalArgumentException(Echo.quote(text) + " is ambiguous: the comma may separate thousands (" + p[0] + p[1]
                    + ") or be a decimal comma (" + p[0] + "." + p[1] + "); write " + p[0] + p[1] + " or " + p[0] + "." + p[1]);
        }
    }

    private static NumberLiteral power(BigInteger base, int exponent, String text) {
        if (base.signum() != 0 && exponent * Math.log10(base.doubleValue()) > MAX_EXPONENT) {
            throw outOfRange(text);
        }
        return new NumberLiteral(new BigDecimal(base.pow(exponent)), 1, Integer.MAX_VALUE, false);
    }

    private static NumberLiteral decimal(String mantissa, int exponent, String text) {
        if (Math.abs(exponent) > 10 * MAX_EXPONENT) {
            throw outOfRange(text);
        }
        String digits = mantissa.replace(",", "");
        BigDecimal value = checkRange(new BigDecimal(digits).scaleByPowerOfTen(exponent), text);
        boolean point = digits.contains(".");
        String sig = digits.replace(".", "").replaceFirst("^0+", "");
        if (sig.isEmpty()) {
            int after = point ? digits.length() - digits.indexOf('.') - 1 : 0;
            return new NumberLiteral(value, Math.max(1, after), Math.max(1, after), true);
        }
        int max = sig.length();
        int min = point ? max : Math.max(1, sig.replaceFirst("0+$", "").length());
        return new NumberLiteral(value, min, max, true);
    }

    private static BigDecimal mantissa(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static BigDecimal checkRange(BigDecimal v, String text) {
        if (v.signum() != 0) {
            int magnitude = v.precision() - v.scale() - 1;
            if (Math.abs(magnitude) > MAX_EXPONENT) {
                throw outOfRange(text);
            }
        }
        return v;
    }

    private static IllegalArgumentException outOfRange(String text) {
        return new IllegalArgumentException("number out of range (beyond 10^±" + MAX_EXPONENT + "): " + Echo.quote(text));
    }

    /** Whether the literal can be read as having {@code n} significant figures. */
    public boolean shows(int n) {
        return decimal && minSigFigs <= n && n <= maxSigFigs;
    }
}
