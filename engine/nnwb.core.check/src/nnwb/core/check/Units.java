package nnwb.core.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The units the coursework uses and their spellings: bytes (B, KB, KiB, MB, MiB, GB, GiB, TB,
 * TiB, bit), times (s, ms, µs, ns, min, h) and count scales (k, M, million, billion), with an
 * optional noun after a count ("1.2M params"). Symbols are matched exactly; words of four or
 * more letters also ignoring case, and so are the binary byte units ({@code mib}, {@code KIB}: the
 * {@code i} leaves one reading). Other spellings of KB, MB, GB and TB ({@code mb}, {@code Mb},
 * {@code gb}) are refused with the reason (b is a bit and m is milli in SI) rather than guessed;
 * {@code kB} is the SI spelling of KB. Whether MB means 10^6 or 2^20 bytes is the sheet's
 * convention, kept by {@link NumberRule#bytes()}.
 */
public final class Units {

    public static final Unit COUNT = new Unit("", Dimension.COUNT, BigDecimal.ONE);
    public static final Unit BYTE = new Unit("B", Dimension.BYTES, BigDecimal.ONE);
    public static final Unit SECOND = new Unit("s", Dimension.TIME, BigDecimal.ONE);

    private static final Map<String, Unit> BY_SPELLING = new LinkedHashMap<>();
    private static final Map<String, Unit> BY_SYMBOL = new LinkedHashMap<>();
    private static final Set<String> COUNT_NOUNS = Set.of("param", "params", "parameter", "parameters", "weight", "weights",
            "multiplication", "multiplications", "mult", "mults", "mac", "macs", "flop", "flops", "op", "ops", "operation",
            "operations", "connection", "connections", "value", "values", "element", "elements", "activation",
            "activations", "neuron", "neurons", "unit", "units", "cell", "cells");
    private static final Map<String, String> SIBLINGS = Map.of("KB", "KiB", "kB", "KiB", "MB", "MiB", "GB", "GiB", "TB",
            "TiB", "KiB", "KB", "MiB", "MB", "GiB", "GB", "TiB", "TB");

    static {
        add(COUNT);
        add(count("k", "1e3"), "K", "thousand");
        add(count("M", "1e6"), "million", "mio");
        add(count("billion", "1e9"));
        add(BYTE, "byte", "bytes");
        add(new Unit("bit", Dimension.BYTES, new BigDecimal("0.125")), "bits", "Bit");
        add(bytes("KB", "1e3"), "kB", "kilobyte", "kilobytes");
        add(bytes("KiB", "1024"), "kibibyte", "kibibytes");
        add(bytes("MB", "1e6"), "megabyte", "megabytes");
        add(bytes("MiB", "1048576"), "mebibyte", "mebibytes");
        add(bytes("GB", "1e9"), "gigabyte", "gigabytes");
        add(bytes("GiB", "1073741824"), "gibibyte", "gibibytes");
        add(bytes("TB", "1e12"), "terabyte", "terabytes");
        add(bytes("TiB", "1099511627776"), "tebibyte", "tebibytes");
        add(SECOND, "sec", "secs", "second", "seconds");
        add(time("ms", "1e-3"), "millisecond", "milliseconds", "msec");
        add(time("µs", "1e-6"), "us", "μs", "microsecond", "microseconds");
        add(time("ns", "1e-9"), "nanosecond", "nanoseconds");
        add(time("min", "60"), "mins", "minute", "minutes");
        add(time("h", "3600"), "hr", "hrs", "hour", "hours");
    }

    private Units() {
    }

    private static Unit count(String s, String f) {
        return new Unit(s, Dimension.COUNT, new BigDecimal(f));
    }

    private static Unit bytes(String s, String f) {
        return new Unit(s, Dimension.BYTES, new BigDecimal(f));
    }

    private static Unit time(String s, String f) {
        return new Unit(s, Dimension.TIME, new BigDecimal(f));
    }

    private static void add(Unit u, String... aliases) {
        BY_SYMBOL.put(u.symbol(), u);
        BY_SPELLING.put(u.symbol(), u);
        for (String a : aliases) {
            BY_SPELLING.put(a, u);
        }
    }

    /** The unit with this symbol, e.g. {@code MiB}; throws for an unknown symbol. */
    public static Unit of(String symbol) {
        Unit u = BY_SYMBOL.get(symbol);
        if (u == null) {
            throw new IllegalArgumentException("unknown unit symbol " + Echo.quote(symbol));
        }
        return u;
    }

    /**
     * The unit written after a number (already trimmed), e.g. {@code MiB}, {@code ms},
     * {@code M params}; throws a one-line reason naming the accepted units of {@code expected}.
     */
    public static Unit parse(String text, Dimension expected) {
        String t = text.strip().replaceAll("\\s+", " ");
        Optional<Unit> direct = lookup(t);
        if (direct.isPresent()) {
            return direct.get();
        }
        int space = t.lastIndexOf(' ');
        String noun = t.substring(space + 1);
        if (COUNT_NOUNS.contains(noun.toLowerCase(Locale.ROOT))) {
            String head = space < 0 ? "" : t.substring(0, space);
            Unit scale = lookup(head).orElseThrow(() -> unknown(text, expected));
            if (scale.dimension() != Dimension.COUNT) {
                throw new IllegalArgumentException(Echo.quote(text) + " mixes the unit " + scale.symbol() + " with a count");
            }
            return scale;
        }
        throw unknown(text, expected);
    }

    private static Optional<Unit> lookup(String t) {
        Unit u = BY_SPELLING.get(t);
        if (u == null && t.length() == 3 && t.substring(1).equalsIgnoreCase("ib")) {
            u = BY_SYMBOL.get(t.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + "iB");
        }
        if (u == null && t.length() == 2 && "kmgt".indexOf(Character.toLowerCase(t.charAt(0))) >= 0
                && Character.toLowerCase(t.charAt(1)) == 'b') {
            String decimal = Character.toUpperCase(t.charAt(0)) + "B";
            throw new IllegalArgumentException(Echo.quote(t) + " is ambiguous: in SI b is a bit and m is milli; write " + decimal
                    + " (10^" + (3 * ("KMGT".indexOf(decimal.charAt(0)) + 1)) + " bytes) or " + decimal.charAt(0) + "iB (2^"
                    + (10 * ("KMGT".indexOf(decimal.charAt(0)) + 1)) + " bytes)");
        }
        if (u == null && t.length() >= 4) {
            for (Map.Entry<String, Unit> e : BY_SPELLING.entrySet()) {
                if (e.getKey().length() >= 4 && e.getKey().equalsIgnoreCase(t)) {
                    return Optional.of(e.getValue());
                }
            }
        }
        return Optional.ofNullable(u);
    }

    private static IllegalArgumentException unknown(String text, Dimension expected) {
        return new IllegalArgumentException("unknown unit " + Echo.quote(text) + "; " + expected.words() + " takes "
                + String.join(", ", symbols(expected)));
    }

    /** The symbols of a dimension, for hints, e.g. B, KB, KiB, ... */
    public static List<String> symbols(Dimension d) {
        List<String> out = new ArrayList<>();
        for (Unit u : BY_SYMBOL.values()) {
            if (u.dimension() == d) {
                out.add(u.symbol().isEmpty() ? "no unit" : u.symbol());
            }
        }
        return out;
    }

    /** The decimal/binary twin of a byte unit (MB and MiB), if it has one. */
    public static Optional<Unit> sibling(Unit u) {
        String s = SIBLINGS.get(u.symbol());
        return s == null ? Optional.empty() : Optional.of(BY_SYMBOL.get(s));
    }
}
