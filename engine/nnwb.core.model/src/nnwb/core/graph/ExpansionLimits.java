package nnwb.core.graph;

import java.time.Duration;

/**
 * Bounds on expanding a model into its graph, whatever its nesting: blocks and repeats multiply, so a
 * 15-line model can stand for 10^12 layers. Expansion stops with one error finding when the graph would hold
 * more than {@code maxLayers} layers, when more than {@code maxValues} statements and argument values were
 * expanded (lines that fail are counted too), or when it took longer than {@code time}.
 *
 * @param maxLayers most layers (graph nodes) of the expanded model
 * @param maxValues most statements and argument values evaluated while expanding
 * @param time      longest time expansion may take
 */
public record ExpansionLimits(int maxLayers, long maxValues, Duration time) {

    /** 20,000 layers, 1,000,000 values, 10 s: far above any coursework model, far below a hang. */
    public static final ExpansionLimits DEFAULT = new ExpansionLimits(20_000, 1_000_000, Duration.ofSeconds(10));

    public ExpansionLimits {
        if (maxLayers < 1 || maxValues < 1) {
            throw new IllegalArgumentException("expansion limits must be positive");
        }
        if (time == null || time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("expansion time must be positive");
        }
    }

    /** These limits with at most {@code time} (e.g. what is left of a check's time limit). */
    public ExpansionLimits within(Duration time) {
        Duration t = time.isNegative() || time.isZero() ? Duration.ofNanos(1) : time;
        return new ExpansionLimits(maxLayers, maxValues, t.compareTo(this.time) < 0 ? t : this.time);
    }
}
