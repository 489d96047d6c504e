package nnwb.core.check;

/**
 * What a checker may use besides the answer: the input bounds, the time limit of this check,
 * and the student's whole work for answers computed from it.
 */
public record CheckContext(Limits limits, Deadline deadline, StudentWork work) {

    public CheckContext {
        if (limits == null || deadline == null || work == null) {
            throw new IllegalArgumentException("check context needs limits, a deadline and the student's work");
        }
    }

    /** Default limits, a fresh deadline and the given work. */
    public static CheckContext of(Limits limits, StudentWork work) {
        return new CheckContext(limits, Deadline.after(limits.checkTime()), work);
    }

    /** Default limits, a fresh deadline and no other work: for a single check. */
    public static CheckContext standalone() {
        return of(Limits.DEFAULT, StudentWork.NONE);
    }
}
