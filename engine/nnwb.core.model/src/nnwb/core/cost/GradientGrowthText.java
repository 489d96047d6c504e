package nnwb.core.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnwb.core.json.Json;

/** {@link GradientGrowth}'s rows as a text table and as JSON ({@code nnwb analyze --gradients}). */
public final class GradientGrowthText {

    private GradientGrowthText() {
    }

    /** The table, one line per layer (input side first), with the setting above it. */
    public static String table(List<GradientGrowth.Row> rows, long seed) {
        StringBuilder b = new StringBuilder();
        b.append("\nBackpropagated gradient norms (HW4 2(g)): x' = c W x, W N(0,1), c = 1/sqrt(d_in), no activations;\n");
        b.append("||grad wrt the layer's input|| when the output gradient has norm 1; fix: each backpropagated gradient\n");
        b.append("times 1/sqrt(d_out). Closed form / sample (seed ").append(seed).append(").\n");
        b.append(String.format(Locale.ROOT, "%-12s %6s %6s %11s | %-21s %-21s | %-21s %-21s%n", "layer", "d_in", "d_out",
                "sqrt(d_out)", "rank 1", "rank 1, fixed", "full rank", "full rank, fixed"));
        for (GradientGrowth.Row r : rows) {
            b.append(String.format(Locale.ROOT, "%-12s %6d %6d %11.3f | %-21s %-21s | %-21s %-21s%n", r.name(), r.dIn(), r.dOut(),
                    r.growth(), pair(r.rank1(), r.rank1Sampled()), pair(r.rank1Fixed(), r.rank1FixedSampled()),
                    pair(r.fullRank(), r.fullRankSampled()), pair(r.fullRankFixed(), r.fullRankFixedSampled())));
        }
        return b.toString();
    }

    private static String pair(double closed, double sampled) {
        return String.format(Locale.ROOT, "%.4g / %.4g", closed, sampled);
    }

    /** {@code {"seed", "layers": [{name, dIn, dOut, scale, growth, rank1, rank1Sampled, ...}]}}. */
    public static Map<String, Object> json(List<GradientGrowth.Row> rows, long seed) {
        List<Object> layers = new ArrayList<>();
        for (GradientGrowth.Row r : rows) {
            Map<String, Object> m = Json.object();
            m.put("name", r.name());
            m.put("dIn", (long) r.dIn());
            m.put("dOut", (long) r.dOut());
            m.put("scale", r.scale());
            m.put("growth", r.growth());
            m.put("rank1", r.rank1());
            m.put("rank1Sampled", r.rank1Sampled());
            m.put("rank1Fixed", r.rank1Fixed());
            m.put("rank1FixedSampled", r.rank1FixedSampled());
            m.put("fullRank", r.fullRank());
            m.put("fullRankSampled", r.fullRankSampled());
            m.put("fullRankFixed", r.fullRankFixed());
            m.put("fullRankFixedSampled", r.fullRankFixedSampled());
            layers.add(m);
        }
        Map<String, Object> doc = Json.object();
        doc.put("seed", seed);
        doc.put("layers", layers);
        return doc;
    }
}
