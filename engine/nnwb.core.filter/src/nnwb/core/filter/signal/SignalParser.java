package nnwb.core.filter.signal;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.MatrixText;
import nnwb.core.filter.NamedSpec;

/**
 * Reads a 1D signal or impulse response typed as text: a generated one with parameters
 * ({@code "rect:L=7,shift=5"}, {@code "geometric:r=0.5,n=20"}, {@code "sine:f=0.05,n=64"}, {@code "step"},
 * {@code "impulse"}) or explicit samples ({@code "1,2,3"}, starting at index 0, or {@code "1,2,3@-2"},
 * starting at index -2).
 */
public final class SignalParser {

    private SignalParser() {
    }

    /**
     * The signal described by {@code text}; {@code what} names it in messages ("signal", "response").
     *
     * @throws IllegalArgumentException with a one-line message naming what is wrong
     */
    public static Signal parse(String what, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty: give " + String.join(", ", SignalKind.keys())
                    + " (e.g. rect:L=7,shift=0) or samples like 1,2,3");
        }
        String t = text.strip();
        int at = t.lastIndexOf('@');
        String body = at < 0 ? t : t.substring(0, at);
        if (MatrixText.looksLikeMatrix(body)) {
            Matrix m = MatrixText.parse(what, body);
            if (m.rows() != 1) {
                throw new IllegalArgumentException(what + " samples must be one row separated by commas, got " + m.rows() + " rows");
            }
            return Signal.of(at < 0 ? 0 : start(what, t.substring(at + 1)), m.rowMajor());
        }
        NamedSpec spec = NamedSpec.parse(what, t);
        SignalKind kind = SignalKind.byName(spec.name()).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + what + " '" + spec.name() + "'; use " + String.join(", ", SignalKind.keys())
                        + " or samples like 1,2,3"));
        return kind.build(spec);
    }

    private static int start(String what, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " start index after '@' must be a whole number, got '" + text.strip() + "'");
        }
    }
}
