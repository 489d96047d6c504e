package nnwb.optim.ui.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Analysis tab shows for a problem, display-free: lines of closed-form facts, charts and
 * buttons that set hyperparameters to the optimum ({@link Analyses#apply}).
 *
 * @param heading one line naming the analysis
 * @param lines   the facts, one per line
 * @param charts  zero to two charts
 * @param actions buttons
 */
public record Analysis(String heading, List<String> lines, List<Chart> charts, List<Action> actions) {

    /** How a series is drawn (mirrors the chart wrapper's styles). */
    public enum Style {
        SOLID, DASHED, POINTS
    }

    /** One series of a chart. */
    public record Series(String name, double[] x, double[] y, Style style, int color) {
    }

    /** One chart. */
    public record Chart(String title, String xTitle, String yTitle, boolean logY, List<Series> series) {
    }

    /** A button: its label and what {@link Analyses#apply} does with its id. */
    public record Action(String id, String label) {
    }

    /** Collects an analysis. */
    static final class Builder {
        private final String heading;
        private final List<String> lines = new ArrayList<>();
        private final List<Chart> charts = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();

        Builder(String heading) {
            this.heading = heading;
        }

        Builder line(String s) {
            lines.add(s);
            return this;
        }

        Builder line(String fmt, Object... args) {
            lines.add(String.format(java.util.Locale.ROOT, fmt, args));
            return this;
        }

        Builder chart(Chart c) {
            charts.add(c);
            return this;
        }

        Builder action(String id, String label) {
            actions.add(new Action(id, label));
            return this;
        }

        Analysis build() {
            return new Analysis(heading, List.copyOf(lines), List.copyOf(charts), List.copyOf(actions));
        }
    }
}
