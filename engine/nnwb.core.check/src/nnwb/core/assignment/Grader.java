package nnwb.core.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nnwb.core.check.Answer;
import nnwb.core.check.CheckContext;
import nnwb.core.check.CheckTimeoutException;
import nnwb.core.check.Deadline;
import nnwb.core.check.Echo;
import nnwb.core.check.Limits;
import nnwb.core.check.StudentWork;
import nnwb.core.check.Verdict;

/**
 * Grades submissions against an assignment: each part checked under its own deadline, in
 * this thread, never executing anything from the submission. A check that fails in any way
 * (including running out of memory or stack) becomes an ungradable verdict for that part; the other parts
 * are still graded. Each result says whether the part's key is hidden from the student, by the part's
 * {@link FeedbackPolicy} at the grader's clock.
 */
public final class Grader {

    private final Limits limits;
    private final Clock clock;

    /** A grader that applies the feedback policies at the time of each check. */
    public Grader(Limits limits) {
        this(limits, Clock.systemUTC());
    }

    /** A grader that applies the feedback policies at {@code clock}'s time (an after-deadline key shows once it is past due). */
    public Grader(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Grades every part of {@code a}; throws a one-line reason when the answers are for another assignment. */
    public SubmissionResult grade(Assignment a, Submission s) {
        if (!a.answersTo(s.assignmentId())) {
            throw new IllegalArgumentException("answers are for assignment " + Echo.quote(s.assignmentId()) + ", not "
                    + a.id());
        }
        List<PartResult> parts = new ArrayList<>();
        StudentWork work = s.work();
        for (Assignment.PartRef ref : a.parts()) {
            Answer answer = s.answers().getOrDefault(ref.id(), new Answer.Missing());
            parts.add(result(a, ref, answer, work));
        }
        long unknown = s.answers().keySet().stream().filter(k -> a.part(k).isEmpty()).count();
        List<String> notes = unknown == 0 ? List.of()
                : List.of(unknown + " answer" + (unknown == 1 ? "" : "s") + " for parts this assignment does not have "
                        + (unknown == 1 ? "was" : "were") + " ignored");
        return new SubmissionResult(a.id(), s.studentId(), parts, notes);
    }

    /** Checks one part (the view's Check button); {@code work} holds the student's other answers. */
    public PartResult check(Assignment a, String partId, Answer answer, StudentWork work) {
        Assignment.PartRef ref = a.part(partId)
                .orElseThrow(() -> new IllegalArgumentException("assignment " + a.id() + " has no part " + Echo.quote(partId)));
        return result(a, ref, answer, work);
    }

    private PartResult result(Assignment a, Assignment.PartRef ref, Answer answer, StudentWork work) {
        Verdict v;
        try {
            v = ref.part().checker().check(answer, new CheckContext(limits, Deadline.after(limits.checkTime()), work));
        } catch (CheckTimeoutException | IllegalArgumentException e) {
            v = Verdict.ungradable(e.getMessage() == null ? "the answer could not be read" : e.getMessage());
        } catch (StackOverflowError e) {
            v = Verdict.ungradable("answer is nested too deeply to check");
        } catch (OutOfMemoryError e) {
            v = Verdict.ungradable("checking this answer needs more memory than grading allows; simplify the answer");
        } catch (RuntimeException e) {
            v = Verdict.ungradable("the checker could not judge this answer (" + e.getClass().getSimpleName() + ")");
        }
        boolean hidden = !a.keyShown(ref.part(), clock.instant());
        return new PartResult(ref.id(), hidden, v.scaledTo(ref.part().points()));
    }
}
