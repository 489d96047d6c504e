package nnwb.core.optim.expr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The functions an expression may call ({@code sign} only appears in derivatives of {@code abs}). */
public enum Fn {
    SIN, COS, EXP, LOG, SQRT, ABS, TANH, SIGN;

    /** The name users type. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The function applied to a number. */
    public double apply(double v) {
        return switch (this) {
            case SIN -> Math.sin(v);
            case COS -> Math.cos(v);
            case EXP -> Math.exp(v);
            case LOG -> Math.log(v);
            case SQRT -> Math.sqrt(v);
            case ABS -> Math.abs(v);
            case TANH -> Math.tanh(v);
            case SIGN -> Math.signum(v);
        };
    }

    /** The names users may type. */
    public static List<String> typable() {
        return Arrays.stream(values()).filter(f -> f != SIGN).map(Fn::key).toList();
    }

    /** The typable function called {@code name}, or null. */
    public static Fn byName(String name) {
        for (Fn f : values()) {
            if (f != SIGN && f.key().equals(name)) {
                return f;
            }
        }
        return null;
    }
}
