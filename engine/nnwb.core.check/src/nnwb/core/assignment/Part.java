package nnwb.core.assignment;

import java.util.Optional;
import nnwb.core.check.Checker;

/**
 * One answerable part of a problem: a prompt, its points, an optional preset that opens a
 * tool, the checker that holds the answer's key and form, and when a student may see the key
 * (its own {@link FeedbackPolicy}, or the assignment's when it declares none).
 *
 * @param id       local id, e.g. {@code a}; qualified as {@code p1.a} in answers files
 * @param prompt   what to answer, one line (the statement holds the rest)
 * @param points   points possible, finite and >= 0
 * @param preset   the tool and input it opens, if any
 * @param checker  the key and how answers are judged
 * @param feedback this part's policy; empty to follow the assignment's
 */
public record Part(String id, String prompt, double points, Optional<Preset> preset, Checker checker,
        Optional<FeedbackPolicy> feedback) {

    public Part {
        Names.localId("part", id);
        Names.text("part " + id + " prompt", prompt, 500);
        if (!(points >= 0) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("part " + id + " points must be a finite number >= 0");
        }
        if (preset == null || checker == null || feedback == null) {
            throw new IllegalArgumentException("part " + id + " needs a checker (and an empty preset and policy when none)");
        }
    }

    /** A part without a preset, following the assignment's feedback policy. */
    public static Part of(String id, String prompt, double points, Checker checker) {
        return new Part(id, prompt, points, Optional.empty(), checker, Optional.empty());
    }

    /** This part opening {@code p}. */
    public Part withPreset(Preset p) {
        return new Part(id, prompt, points, Optional.of(p), checker, feedback);
    }

    /** This part under its own feedback policy, whatever the assignment's. */
    public Part withFeedback(FeedbackPolicy policy) {
        return new Part(id, prompt, points, preset, checker, Optional.of(policy));
    }

    /** This part with its key never shown to students ({@link FeedbackPolicy#NEVER}). */
    public Part hiddenKey() {
        return withFeedback(FeedbackPolicy.NEVER);
    }

    /** This part with its key shown to students with every check ({@link FeedbackPolicy#ALWAYS}). */
    public Part revealingKey() {
        return withFeedback(FeedbackPolicy.ALWAYS);
    }
}
