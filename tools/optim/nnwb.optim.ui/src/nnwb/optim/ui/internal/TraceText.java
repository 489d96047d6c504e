package nnwb.optim.ui.internal;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import nnwb.core.optim.TraceRequest;

/** The view's short texts: a request's settings in one line, a problem's settings and vectors summarised. */
public final class TraceText {

    private TraceText() {
    }

    /** A problem's settings in one short line: long vectors and matrices are summarised. */
    public static String settingsText(Map<String, Object> settings) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        settings.forEach((k, v) -> j.add(k + "=" + value(v)));
        return j.toString();
    }

    private static String value(Object v) {
        if (v instanceof List<?> l) {
            if (!l.isEmpty() && l.get(0) instanceof List<?> row) {
                return l.size() * row.size() <= 12 ? l.stream().map(TraceText::value).toList().toString()
                        : l.size() + "×" + row.size() + " matrix";
            }
            if (l.size() > 6) {
                boolean zeros = l.stream().allMatch(x -> x instanceof Number nn && nn.doubleValue() == 0);
                return zeros ? "zeros(" + l.size() + ")" : "(" + l.size() + " values)";
            }
            return l.stream().map(TraceText::value).toList().toString();
        }
        return v instanceof Double d ? Contours.label(d) : String.valueOf(v);
    }

    /** The caption over the plots: problem, settings, steps, batch, seed, noise, start, optimizers and who computed them. */
    static String settingsLine(TraceRequest req, String who) {
        var p = req.problem();
        return String.format("%s %s · %d steps · %s · seed %d · noise %s · start %s · %d optimizer(s) · computed by %s",
                p.name(), settingsText(p.settings()), req.steps(), req.batch() == 0 ? "exact gradient" : "batch " + req.batch(), req.seed(),
                Contours.label(req.noise()), vec(req.start()), req.optimizers().size(), who);
    }

    /** A vector's first eight values. */
    static String vec(double[] v) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < Math.min(v.length, 8); i++) {
            sb.append(i > 0 ? ", " : "").append(Contours.label(v[i]));
        }
        return sb.append(v.length > 8 ? ", …)" : ")").toString();
    }
}
