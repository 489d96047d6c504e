package nnwb.core.assignment;

import java.util.Optional;
import nnwb.core.check.Checker;

/**
 * One answerable part of a problem: a prompt, its points, an optional preset that opens a
 * tool, the checker that holds the answer's key and form, and whether the key is hidden
 * (feedback then shows the verdict and reason, never the key).
 *
 * @param id      local id, e.g. {@code a}; qualified as {@code p1.a} in answers files
 * @param prompt  what to answer, one line (the statement holds the rest)
 * @param points  points possible, finite and >= 0
 * @param preset  the tool and input it opens, if any
 * @param checker the key and how answers are judged
 * @param hidden  whether the key must not appear in a student's feedback
 */
public record Part(String id, String prompt, double points, Optional<Preset> preset, Checker checker, boolean hidden) {

    public Part {
        Names.localId("part", id);
        Names.text("part " + id + " prompt", prompt, 500);
        if (!(points >= 0) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("part " + id + " points must be a finite number >= 0");
        }
        if (preset == null || checker == null) {
            throw new IllegalArgumentException("part " + id + " needs a checker (and an empty preset when none)");
        }
    }

    /** A part without a preset, key visible in feedback. */
    public static Part of(String id, String prompt, double points, Checker checker) {
        return new Part(id, prompt, points, Optional.empty(), checker, false);
    }

    /** This part opening {@code p}. */
    public Part withPreset(Preset p) {
        return new Part(id, prompt, points, Optional.of(p), checker, hidden);
    }

    /** This part with its key hidden from students. */
    public Part hiddenKey() {
        return new Part(id, prompt, points, preset, checker, true);
    }
}
