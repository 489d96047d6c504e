package nnwb.core.optim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes traces as CSV (RFC 4180: CRLF line ends, fields holding a comma, quote, CR or LF are quoted
 * and their quotes doubled). One row per optimizer and step: {@code optimizer, label, step, loss},
 * the parameters by name, each state value as {@code m_x}, {@code v_x}, ... (empty where an
 * optimizer has no such state) and the closed form as {@code closed_x} (empty where there is none).
 */
public final class TraceCsv {

    private TraceCsv() {
    }

    /** The CSV text of a result. */
    public static String of(TraceResult r) {
        StringBuilder sb = new StringBuilder();
        write(r, sb);
        return sb.toString();
    }

    /** Writes the CSV of a result to {@code out}. */
    public static void write(TraceResult r, Appendable out) {
        List<String> names = r.settings().paramNames();
        List<String> states = new ArrayList<>();
        boolean anyClosed = false;
        for (Trace t : r.traces()) {
            for (String s : t.stateNames()) {
                if (!states.contains(s)) {
                    states.add(s);
                }
            }
            anyClosed |= t.hasClosedForm();
        }
        List<String> header = new ArrayList<>(List.of("optimizer", "label", "step", "loss"));
        header.addAll(names);
        for (String s : states) {
            names.forEach(n -> header.add(s + "_" + n));
        }
        if (anyClosed) {
            names.forEach(n -> header.add("closed_" + n));
        }
        try {
            row(out, header);
            for (Trace t : r.traces()) {
                for (TraceStep s : t.steps()) {
                    row(out, cells(t, s, states, anyClosed));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(Trace t, TraceStep s, List<String> states, boolean anyClosed) {
        List<String> c = new ArrayList<>(List.of(t.config().name(), t.config().label(), Integer.toString(s.step()), num(s.loss())));
        for (double v : s.params()) {
            c.add(num(v));
        }
        for (String name : states) {
            double[] v = s.state().get(name);
            for (int i = 0; i < t.dimension(); i++) {
                c.add(v == null ? "" : num(v[i]));
            }
        }
        if (anyClosed) {
            for (int i = 0; i < t.dimension(); i++) {
                c.add(s.hasClosedForm() ? num(s.closedForm()[i]) : "");
            }
        }
        return c;
    }

    private static void row(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** A field quoted as RFC 4180 requires (only when needed). */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : Double.isNaN(v) ? "NaN" : (v > 0 ? "Infinity" : "-Infinity");
    }
}
