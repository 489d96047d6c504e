package nnwb.core.assignment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An assignment as an instructor hands it out: course, title, due date and problems in order.
 * Parts are addressed as {@code problem.part} (e.g. {@code p1.a}) in answers files, results
 * and CSV columns.
 *
 * @param id       e.g. {@code epfl-ml-ps08}
 * @param course   e.g. "EPFL Machine Learning"
 * @param title    e.g. "Problem set 8: training and convnets"
 * @param due      when it is due, with its offset
 * @param problems in order, at least one, ids unique
 * @param feedback when students see the keys of parts that declare no policy of their own
 * @param variant  whose numbers these are ({@link Variant#sheet()} for the sheet's own); statements show them
 * @param aliases  former ids that still name this assignment in answers files, {@code nnwb check} and
 *                 {@code nnwb grade} ({@code id} is the canonical one); usually empty
 */
public record Assignment(String id, String course, String title, OffsetDateTime due, List<Problem> problems,
        FeedbackPolicy feedback, Variant variant, List<String> aliases) {

    public Assignment {
        if (variant == null) {
            throw new IllegalArgumentException("assignment " + id + " needs a variant (the sheet's when it has none)");
        }
        if (feedback == null) {
            throw new IllegalArgumentException("assignment " + id + " needs a feedback policy");
        }
        Names.assignmentId(id);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        for (String alias : aliases) {
            Names.assignmentId(alias);
            if (alias.equals(id)) {
                throw new IllegalArgumentException("assignment " + id + " names itself as an alias");
            }
        }
        Names.text("course", course, 200);
        Names.text("title", title, 200);
        if (due == null) {
            throw new IllegalArgumentException("assignment " + id + " needs a due date");
        }
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("assignment " + id + " has no problems");
        }
        Set<String> ids = new HashSet<>();
        for (Problem p : problems) {
            if (!ids.add(p.id())) {
                throw new IllegalArgumentException("assignment " + id + " has two problems " + p.id());
            }
        }
    }

    /** An assignment without aliases. */
    public Assignment(String id, String course, String title, OffsetDateTime due, List<Problem> problems,
            FeedbackPolicy feedback, Variant variant) {
        this(id, course, title, due, problems, feedback, variant, List.of());
    }

    /** An assignment with the sheet's own numbers under {@code feedback}. */
    public Assignment(String id, String course, String title, OffsetDateTime due, List<Problem> problems,
            FeedbackPolicy feedback) {
        this(id, course, title, due, problems, feedback, Variant.sheet());
    }

    /** An assignment whose keys never reach students unless a part says otherwise ({@link FeedbackPolicy#NEVER}). */
    public Assignment(String id, String course, String title, OffsetDateTime due, List<Problem> problems) {
        this(id, course, title, due, problems, FeedbackPolicy.NEVER);
    }

    /** This assignment with {@code policy} for the parts that declare none. */
    public Assignment withFeedback(FeedbackPolicy policy) {
        return new Assignment(id, course, title, due, problems, policy, variant, aliases);
    }

    /** This assignment as the numbers of {@code v} (the plugin drew them with {@link Variant#pick}). */
    public Assignment withVariant(Variant v) {
        return new Assignment(id, course, title, due, problems, feedback, v, aliases);
    }

    /** This assignment also answering to the former ids {@code former} (the id stays the canonical one). */
    public Assignment withAliases(String... former) {
        return new Assignment(id, course, title, due, problems, feedback, variant, List.of(former));
    }

    /** This assignment with {@code replaced} problems, everything else kept. */
    public Assignment withProblems(List<Problem> replaced, Variant v) {
        return new Assignment(id, course, title, due, replaced, feedback, v, aliases);
    }

    /** Whether answers naming assignment {@code name} are for this one: its id or one of its aliases. */
    public boolean answersTo(String name) {
        return id.equals(name) || aliases.contains(name);
    }

    /** A problem's statement as this variant's student reads it: each {@code {{name}}} replaced by its number. */
    public String statementText(String markdown) {
        return variant.fill(markdown);
    }

    /** The policy that applies to {@code part}: its own, else the assignment's. */
    public FeedbackPolicy feedbackOf(Part part) {
        return part.feedback().orElse(feedback);
    }

    /** Whether a student may see the key of {@code part} at {@code now}. */
    public boolean keyShown(Part part, Instant now) {
        return feedbackOf(part).reveals(now, due);
    }

    /**
     * A part with its qualified id and its problem.
     *
     * @param id      qualified, e.g. {@code p1.a}
     * @param problem the problem it belongs to
     * @param part    the part
     */
    public record PartRef(String id, Problem problem, Part part) {
    }

    /** Every part in order, with qualified ids. */
    public List<PartRef> parts() {
        List<PartRef> out = new ArrayList<>();
        for (Problem p : problems) {
            for (Part part : p.parts()) {
                out.add(new PartRef(p.id() + "." + part.id(), p, part));
            }
        }
        return out;
    }

    /** The part with qualified id {@code id}, e.g. {@code p1.a}. */
    public Optional<PartRef> part(String id) {
        return parts().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Points possible in all. */
    public double points() {
        return problems.stream().mapToDouble(Problem::points).sum();
    }
}
