package nnwb.core.optim.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a problem's typed options (numbers, vectors {@code "2,1"}, matrices {@code "2,1; 0,3"}) with
 * one-line errors naming the problem and the option, and records what was read (defaults included)
 * as the problem's settings.
 */
public final class ProblemOptions {

    /** Longest option text accepted. */
    public static final int MAX_TEXT = 20_000;

    private final String problem;
    private final List<ProblemOption> specs;
    private final Map<String, String> given = new LinkedHashMap<>();
    private final Map<String, Object> settings = new LinkedHashMap<>();

    private ProblemOptions(String problem, List<ProblemOption> specs) {
        this.problem = problem;
        this.specs = specs;
    }

    /** Checks that every given key belongs to the problem (keys or aliases) and none is given twice. */
    public static ProblemOptions of(String problem, List<ProblemOption> specs, Map<String, String> options) {
        ProblemOptions o = new ProblemOptions(problem, specs);
        options.forEach((key, value) -> {
            ProblemOption spec = specs.stream().filter(s -> s.answersTo(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(problem + " has no option '" + key + "'"
                            + (specs.isEmpty() ? "" : "; it takes " + String.join(", ", specs.stream().map(ProblemOption::key).toList()))));
            if (o.given.put(spec.key(), value == null ? "" : value) != null) {
                throw new IllegalArgumentException(problem + ": option " + spec.key() + " is given twice");
            }
            if (value != null && value.length() > MAX_TEXT) {
                throw new IllegalArgumentException(problem + ": option " + spec.key() + " is longer than " + MAX_TEXT + " characters");
            }
        });
        return o;
    }

    /** The problem name. */
    public String problem() {
        return problem;
    }

    /** Whether the user gave the option. */
    public boolean given(String key) {
        return given.containsKey(key);
    }

    /** The text of an option: what was given, else the default. */
    public String text(String key) {
        String t = given.get(key);
        if (t == null) {
            t = specs.stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow().defaultText();
        }
        return t.strip();
    }

    /** A finite number in {@code [min, max]}. */
    public double number(String key, double min, double max) {
        double v = parse(key, text(key));
        if (v < min || v > max) {
            throw new IllegalArgumentException(problem + ": " + key + " must be in [" + fmt(min) + ", " + fmt(max) + "], got " + text(key));
        }
        settings.put(key, v);
        return v;
    }

    /** A finite number above {@code min} (exclusive). */
    public double positive(String key) {
        double v = parse(key, text(key));
        if (v <= 0) {
            throw new IllegalArgumentException(problem + ": " + key + " must be positive, got " + text(key));
        }
        settings.put(key, v);
        return v;
    }

    /** A whole number in {@code [min, max]}. */
    public int integer(String key, int min, int max) {
        String t = text(key);
        int v;
        try {
            v = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(problem + ": " + key + " must be a whole number, got '" + t + "'");
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(problem + ": " + key + " must be between " + min + " and " + max + ", got " + v);
        }
        settings.put(key, v);
        return v;
    }

    /** A comma-separated vector of {@code length} numbers ({@code length < 0}: any positive length up to {@code maxLength}). */
    public double[] vector(String key, int length, int maxLength) {
        double[] v = parseVector(key, text(key), key);
        if (length >= 0 && v.length != length) {
            throw new IllegalArgumentException(problem + ": " + key + " needs " + length + " values, got " + v.length);
        }
        if (v.length > maxLength) {
            throw new IllegalArgumentException(problem + ": " + key + " has " + v.length + " values, at most " + maxLength + " allowed");
        }
        settings.put(key, list(v));
        return v;
    }

    /** A matrix: rows separated by {@code ;}, values by {@code ,}; all rows the same length. */
    public double[][] matrix(String key, int maxRows, int maxCols) {
        String t = text(key);
        String[] rowTexts = t.split(";", -1);
        if (rowTexts.length > maxRows) {
            throw new IllegalArgumentException(problem + ": " + key + " has " + rowTexts.length + " rows, at most " + maxRows + " allowed");
        }
        double[][] rows = new double[rowTexts.length][];
        for (int r = 0; r < rowTexts.length; r++) {
            rows[r] = parseVector(key, rowTexts[r], key + " row " + (r + 1));
            if (rows[r].length != rows[0].length) {
                throw new IllegalArgumentException(problem + ": " + key + " row " + (r + 1) + " has " + rows[r].length
                        + " values but row 1 has " + rows[0].length);
            }
        }
        if (rows[0].length > maxCols) {
            throw new IllegalArgumentException(problem + ": " + key + " has " + rows[0].length + " columns, at most " + maxCols + " allowed");
        }
        List<Object> rec = new ArrayList<>();
        for (double[] row : rows) {
            rec.add(list(row));
        }
        settings.put(key, rec);
        return rows;
    }

    /** The {@code start} option: {@code d} numbers, or {@code def} when not given. */
    public double[] start(int d, double[] def) {
        if (!given("start")) {
            settings.put("start", list(def));
            return def.clone();
        }
        return vector("start", d, d);
    }

    /** Records a derived or textual setting. */
    public void record(String key, Object value) {
        settings.put(key, value);
    }

    /** What was read, in reading order. */
    public Map<String, Object> settings() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    private double[] parseVector(String key, String text, String what) {
        String s = text.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.isBlank()) {
            throw new IllegalArgumentException(problem + ": " + what + " is empty");
        }
        String[] parts = s.split(",", -1);
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = parse(what, parts[i].strip());
        }
        return v;
    }

    private double parse(String what, String t) {
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw new IllegalArgumentException(problem + ": " + what + " must be a number, got '" + t + "'");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(problem + ": " + what + " is too large: " + t);
        }
        return v;
    }

    private static List<Double> list(double[] v) {
        List<Double> l = new ArrayList<>(v.length);
        for (double d : v) {
            l.add(d);
        }
        return l;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
