package nnwb.core.check;

import java.util.Optional;

/** The functions a formula may call, by the names a student types; logarithms are natural unless named. */
enum Fn {
    SQRT("sqrt", "\\sqrt"), LOG("log", "\\log"), LN("ln", "\\ln"), LOG2("log2", "\\log_2"), LOG10("log10", "\\log_{10}"),
    EXP("exp", "\\exp"), ABS("abs", ""), SIN("sin", "\\sin"), COS("cos", "\\cos"), TANH("tanh", "\\tanh"),
    FLOOR("floor", ""), CEIL("ceil", "");

    private final String name;
    private final String latex;

    Fn(String name, String latex) {
        this.name = name;
        this.latex = latex;
    }

    String label() {
        return name;
    }

    String latex() {
        return latex;
    }

    static Optional<Fn> named(String name) {
        for (Fn f : values()) {
            if (f.name.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    double apply(double x) {
        return switch (this) {
            case SQRT -> Math.sqrt(x);
            case LOG, LN -> x > 0 ? Math.log(x) : Double.NaN;
            case LOG2 -> x > 0 ? Math.log(x) / Math.log(2) : Double.NaN;
            case LOG10 -> x > 0 ? Math.log10(x) : Double.NaN;
            case EXP -> Math.exp(x);
            case ABS -> Math.abs(x);
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
            case TANH -> Math.tanh(x);
            case FLOOR -> Math.floor(snapped(x));
            case CEIL -> Math.ceil(snapped(x));
        };
    }

    /** A value within rounding of a whole number is that number, so floor((0.29·100)) is 29, not 28. */
    private static double snapped(double x) {
        double r = Math.rint(x);
        return Math.abs(x - r) <= 1e-9 * Math.max(1, Math.abs(x)) ? r : x;
    }
}
