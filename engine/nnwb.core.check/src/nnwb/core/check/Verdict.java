package nnwb.core.check;

import java.util.List;

/**
 * The result of checking one answer: a status, the points awarded out of those possible
 * (partial credit), a reason in plain words, and for grids a verdict per cell.
 * <p>
 * {@code reason} never contains the key, the distance from it or anything else derived from its
 * value; it may say on which side of the key a number lies ("too high"): it is shown to students
 * under every feedback policy. {@code keyDetail} holds what reveals or narrows the key (the expected
 * value, "12% too low", the factor of a scaled matrix, the expected value at a witness point) and
 * is shown only where the part's feedback policy shows the key. Checkers produce verdicts out of one point;
 * the grader scales them to the part's points with {@link #scaledTo(double)}.
 *
 * @param status    correct, partially correct, wrong, ungradable input or collected
 * @param awarded   points awarded, {@code 0 <= awarded <= possible}
 * @param possible  points possible
 * @param reason    one line, safe to show for hidden keys (a direction at most)
 * @param keyDetail one line that reveals or narrows the key; empty when there is none
 * @param cells     per-cell verdicts of a vector, matrix or table; empty otherwise
 */
public record Verdict(Status status, double awarded, double possible, String reason, String keyDetail,
        List<CellVerdict> cells) implements java.io.Serializable {

    public Verdict {
        if (status == null) {
            throw new IllegalArgumentException("verdict without a status");
        }
        if (!(possible >= 0) || Double.isInfinite(possible) || !(awarded >= 0) || awarded > possible * (1 + 1e-12)) {
            throw new IllegalArgumentException("verdict points out of range: " + awarded + " of " + possible);
        }
        reason = Echo.oneLine(reason == null ? "" : reason);
        keyDetail = Echo.oneLine(keyDetail == null ? "" : keyDetail);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** Full credit out of one point. */
    public static Verdict correct(String reason) {
        return new Verdict(Status.CORRECT, 1, 1, reason, "", List.of());
    }

    /** No credit out of one point; {@code keyDetail} may name the key (shown only when it is not hidden). */
    public static Verdict wrong(String reason, String keyDetail) {
        return new Verdict(Status.WRONG, 0, 1, reason, keyDetail, List.of());
    }

    /** The answer could not be read; no credit. */
    public static Verdict ungradable(String reason) {
        return new Verdict(Status.UNGRADABLE, 0, 1, reason, "", List.of());
    }

    /** Kept for the instructor; no credit until graded by hand. */
    public static Verdict collected(String reason) {
        return new Verdict(Status.COLLECTED, 0, 1, reason, "", List.of());
    }

    /** A credit fraction in [0, 1] out of one point, the status following from it. */
    public static Verdict ofCredit(double credit, String reason, String keyDetail, List<CellVerdict> cells) {
        double c = Math.max(0, Math.min(1, credit));
        return new Verdict(Status.forCredit(c), c, 1, reason, keyDetail, cells);
    }

    /** The fraction of the possible points awarded (0 when nothing was possible). */
    public double credit() {
        return possible == 0 ? 0 : awarded / possible;
    }

    /** This verdict without anything that reveals the key (its key detail and its cells' key details), for a hidden part. */
    public Verdict withoutKey() {
        List<CellVerdict> plain = cells.stream().map(c -> new CellVerdict(c.cell(), c.status(), c.reason(), "")).toList();
        return new Verdict(status, awarded, possible, reason, "", plain);
    }

    /** The same verdict out of {@code points} (credit kept). */
    public Verdict scaledTo(double points) {
        if (!(points >= 0) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("points must be a finite number >= 0, got " + points);
        }
        return new Verdict(status, credit() * points, points, reason, keyDetail, cells);
    }
}
