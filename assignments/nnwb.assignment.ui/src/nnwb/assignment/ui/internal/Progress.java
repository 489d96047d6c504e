package nnwb.assignment.ui.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import nnwb.core.assignment.PartResult;
import nnwb.core.check.Answer;

/**
 * A student's work on one assignment as the view keeps it: who, the answers by part id, and the
 * verdicts of the parts checked (as the student may see them, hidden keys left out).
 */
public final class Progress {

    private String student;
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Map<String, PartResult> results = new LinkedHashMap<>();

    public Progress(String student) {
        this.student = student;
    }

    public synchronized String student() {
        return student;
    }

    public synchronized void student(String s) {
        student = s;
    }

    /** A copy of the answers. */
    public synchronized Map<String, Answer> answers() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /** A copy of the verdicts. */
    public synchronized Map<String, PartResult> results() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    public synchronized Answer answer(String part) {
        return answers.getOrDefault(part, new Answer.Missing());
    }

    /** Sets an answer; a changed answer forgets its verdict. Returns whether anything changed. */
    public synchronized boolean answer(String part, Answer a) {
        Answer before = answers.get(part);
        if (a instanceof Answer.Missing) {
            if (before == null) {
                return false;
            }
            answers.remove(part);
        } else {
            if (a.equals(before)) {
                return false;
            }
            answers.put(part, a);
        }
        results.remove(part);
        return true;
    }

    /** Records a verdict (the student's view of it). */
    public synchronized void result(PartResult r) {
        results.put(r.partId(), new PartResult(r.partId(), r.hidden(), r.forStudent()));
    }

    public synchronized PartResult result(String part) {
        return results.get(part);
    }
}
