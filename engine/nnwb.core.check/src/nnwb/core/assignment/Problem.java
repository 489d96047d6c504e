package nnwb.core.assignment;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One problem of an assignment: a title, its statement (a Markdown resource in the bundle),
 * its points (the sum of its parts') and its parts in order.
 *
 * @param id        local id, e.g. {@code p1}
 * @param title     one line
 * @param statement bundle path of the Markdown statement, e.g. {@code statements/p1.md}
 * @param points    points possible; must equal the sum of the parts' points
 * @param parts     in order, at least one, ids unique
 */
public record Problem(String id, String title, String statement, double points, List<Part> parts) {

    public Problem {
        Names.localId("problem", id);
        Names.text("problem " + id + " title", title, 200);
        Names.resource("problem " + id + " statement", statement);
        if (!statement.endsWith(".md")) {
            throw new IllegalArgumentException("problem " + id + " statement must be a Markdown file (.md)");
        }
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("problem " + id + " has no parts");
        }
        Set<String> ids = new HashSet<>();
        double sum = 0;
        for (Part p : parts) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("problem " + id + " has two parts " + p.id());
            }
            sum += p.points();
        }
        if (Math.abs(sum - points) > 1e-9 * Math.max(1, Math.abs(points))) {
            throw new IllegalArgumentException("problem " + id + " is worth " + points + " points but its parts add up to "
                    + sum);
        }
    }

    /** A problem worth the sum of its parts. */
    public static Problem of(String id, String title, String statement, List<Part> parts) {
        return new Problem(id, title, statement, parts.stream().mapToDouble(Part::points).sum(), parts);
    }
}
