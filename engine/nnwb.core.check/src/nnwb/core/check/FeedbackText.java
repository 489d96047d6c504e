package nnwb.core.check;

import java.util.Locale;

/**
 * Plain-text feedback for one verdict: status, points, reason, and the key detail only when
 * the key is not hidden (so a hidden key never reaches a student), then one line per cell.
 */
public final class FeedbackText {

    private FeedbackText() {
    }

    /** The feedback lines for the part {@code label}, e.g. {@code p1.a: wrong (0/2): off by more than 1%}. */
    public static String render(String label, Verdict verdict, boolean hidden) {
        Verdict v = hidden ? verdict.withoutKey() : verdict;
        StringBuilder sb = new StringBuilder();
        sb.append(Echo.oneLine(label)).append(": ").append(v.status().label()).append(" (").append(points(v.awarded()))
                .append('/').append(points(v.possible())).append("): ").append(v.reason());
        if (!v.keyDetail().isEmpty()) {
            sb.append(". ").append(capitalised(v.keyDetail()));
        }
        sb.append('\n');
        for (CellVerdict c : v.cells()) {
            sb.append("  ").append(c.cell()).append(": ").append(c.status().label());
            if (c.status() != Status.CORRECT) {
                sb.append(": ").append(c.reason());
                if (!c.keyDetail().isEmpty()) {
                    sb.append(". ").append(capitalised(c.keyDetail()));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Points with at most two decimals, e.g. 1.5 or 2. */
    public static String points(double p) {
        String s = String.format(Locale.ROOT, "%.2f", p);
        return s.replaceAll("\\.?0+$", "");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
