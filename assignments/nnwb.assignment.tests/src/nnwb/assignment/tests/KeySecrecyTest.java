package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.Audience;
import nnwb.core.assignment.FeedbackJson;
import nnwb.core.assignment.FeedbackPolicy;
import nnwb.core.assignment.Grader;
import nnwb.core.assignment.Part;
import nnwb.core.assignment.PartResult;
import nnwb.core.assignment.Problem;
import nnwb.core.check.Answer;
import nnwb.core.check.CellVerdict;
import nnwb.core.check.Checker;
import nnwb.core.check.ConventionChecker;
import nnwb.core.check.FeedbackText;
import nnwb.core.check.FormulaChecker;
import nnwb.core.check.IntegerChecker;
import nnwb.core.check.Limits;
import nnwb.core.check.Status;
import nnwb.core.check.StudentWork;
import nnwb.core.check.Verdict;

/**
 * Keys stay secret, for every part of every installed assignment plugin: the feedback a student gets for a wrong answer
 * (as nnwb check, nnwb grade and the view show it) holds no hidden key in any common written form, and no hidden key
 * follows by one operation from two keys the plugin reveals in the same problem.
 */
class KeySecrecyTest {

    private static final Pattern WITNESS = Pattern.compile("differs at ((?:[^=,]+ = [^,]+(?:, )?)+)");
    /** Students whose own numbers are audited besides the sheet's. */
    private static final List<String> STUDENTS = List.of("ada", "student-1", "student-2", "s7", "grace.hopper");

    /** Every installed assignment as the sheet gives it and as each of {@link #STUDENTS} gets it (their own numbers). */
    private static List<Assignment> sheetsAndVariants() {
        List<Assignment> all = new ArrayList<>();
        for (Assignment a : Catalog.ALL.installed()) {
            all.add(a);
            for (String id : STUDENTS) {
                all.add(Catalog.ALL.provider(a.id()).orElseThrow().assignment(id));
            }
        }
        return all;
    }

    /** The audits reach students' own numbers: each plugin draws some, so some variants differ from the sheet. */
    @Test
    void theAuditCoversStudentsOwnNumbers() {
        long drawn = sheetsAndVariants().stream().filter(a -> !a.variant().isSheet()).map(a -> a.id() + a.variant().values())
                .distinct().count();
        assertTrue(drawn >= 4 * 3, "distinct student variants audited: " + drawn);
    }

    /** Before the due date every key whose policy is not {@code always} is hidden; after it, the {@code never} keys. */
    @Test
    void noHiddenKeyAppearsInAStudentsFeedbackOnAWrongAnswer() {
        List<String> leaks = new ArrayList<>();
        int audited = 0;
        for (Assignment a : sheetsAndVariants()) {
            audited += audit(a, leaks);
        }
        assertTrue(leaks.isEmpty(), String.join("\n", leaks));
        assertTrue(audited > 1000, "wrong answers audited (the sheets and five students each): " + audited);
    }

    /** The audit itself finds a key that an instructor's explanation names, and passes a checker that keeps it. */
    @Test
    void theAuditFindsAnExplanationThatNamesTheKey() {
        Checker leaky = new ConventionChecker(IntegerChecker.of(58_164_298), "textbook", List.of(new ConventionChecker.Alternative(
                "pytorch", IntegerChecker.of(58_164_303), false, "that is PyTorch's count; the sheet's is 5.82e+07")));
        Checker honest = IntegerChecker.of(58_164_298);
        for (Checker c : List.of(leaky, honest)) {
            Part part = Part.of("a", "A count", 1, c);
            Assignment a = new Assignment("leaky", "c", "t", OffsetDateTime.parse("2026-01-01T00:00Z"),
                    List.of(Problem.of("p1", "t", "s.md", List.of(part))));
            List<String> leaks = new ArrayList<>();
            assertTrue(audit(a, leaks) > 0);
            assertEquals(c == leaky, !leaks.isEmpty(), String.join("\n", leaks));
        }
    }

    /** Grades every wrong answer of every hidden part of {@code a} before and after its due date; adds each leak; returns the count. */
    private static int audit(Assignment a, List<String> leaks) {
        int audited = 0;
        for (OffsetDateTime at : List.of(a.due().minusDays(1), a.due().plusYears(1))) {
            Grader grader = new Grader(Limits.DEFAULT, Clock.fixed(at.toInstant(), ZoneOffset.UTC));
            for (Assignment.PartRef ref : a.parts()) {
                if (a.keyShown(ref.part(), at.toInstant())) {
                    continue;
                }
                for (Answer wrong : WrongAnswers.of(ref.part().checker())) {
                    PartResult r = grader.check(a, ref.id(), wrong, new StudentWork(Map.of(ref.id(), wrong)));
                    if (r.verdict().status() == Status.CORRECT || r.verdict().status() == Status.COLLECTED) {
                        continue;
                    }
                    assertTrue(r.hidden(), ref.id() + " is hidden at " + at);
                    audited++;
                    String seen = studentText(a, r);
                    for (BigDecimal key : keysOf(ref, r.verdict())) {
                        String form = KeyTexts.foundIn(seen, KeyTexts.of(key));
                        if (form != null) {
                            leaks.add(a.id() + (a.variant().isSheet() ? "" : " for " + a.variant().studentId()) + " " + ref.id() + " (" + a.feedbackOf(ref.part()).key() + ") shows its key as "
                                    + form + ": " + seen);
                        }
                    }
                }
            }
        }
        return audited;
    }

    /** What the student reads: the JSON feedback and the text of nnwb check, for this one part. */
    private static String studentText(Assignment a, PartResult r) {
        Verdict v = Audience.STUDENT.verdictOf(r);
        StringBuilder sb = new StringBuilder(FeedbackText.render(r.partId(), r.verdict(), r.hidden()));
        sb.append(' ').append(v.reason()).append(' ').append(v.keyDetail());
        for (CellVerdict c : v.cells()) {
            sb.append(' ').append(c.reason()).append(' ').append(c.keyDetail());
        }
        String json = FeedbackJson.toJson(new nnwb.core.assignment.SubmissionResult(a.id(), "ada", List.of(r), List.of()),
                Audience.STUDENT);
        return sb.append(' ').append(json.replaceAll("\"(awarded|possible)\": [0-9.]+", "")).toString()
                .replaceAll("\\(\\d+(\\.\\d+)?/\\d+(\\.\\d+)?\\)", "");
    }

    /** The key's numbers, and for a formula the key's value at the witness point its reason names. */
    private static List<BigDecimal> keysOf(Assignment.PartRef ref, Verdict v) {
        List<BigDecimal> keys = new ArrayList<>(KeyNumbers.of(ref.part().checker()));
        if (ref.part().checker() instanceof FormulaChecker f) {
            Matcher m = WITNESS.matcher(v.reason());
            if (m.find()) {
                double[] x = new double[f.key().symbols().size()];
                for (String assignment : m.group(1).split(", ")) {
                    String[] nv = assignment.split(" = ");
                    for (int i = 0; i < x.length; i++) {
                        if (f.key().symbols().get(i).name().equals(nv[0].strip())) {
                            x[i] = Double.parseDouble(nv[1].strip());
                        }
                    }
                }
                double k = f.key().evaluate(x);
                if (Double.isFinite(k)) {
                    keys.add(new BigDecimal(k));
                }
            }
        }
        return keys;
    }

    /**
     * A key shown at some time ({@code always}, {@code after-deadline}) does not give away a {@code never} key by one
     * operation: as declared, and with the assignment's own policy opened to {@code after-deadline} (as an instructor
     * publishing the solutions would), which the parts that say {@code never} must survive.
     */
    @Test
    void noHiddenKeyFollowsFromTwoRevealedKeysOfItsProblem() {
        List<String> derivable = new ArrayList<>();
        int compared = 0;
        for (Assignment a : sheetsAndVariants()) {
            compared += derivations(a, derivable);
            compared += derivations(a.withFeedback(FeedbackPolicy.AFTER_DEADLINE), derivable);
        }
        assertTrue(derivable.isEmpty(), String.join("\n", derivable));
        assertTrue(compared > 0, "hidden keys compared with revealed ones: " + compared);
    }

    /** The derivation check finds a hidden total that is the sum of two revealed keys, as Adam's memory once was. */
    @Test
    void theDerivationCheckFindsAHiddenSumOfTwoRevealedKeys() {
        Problem p = Problem.of("p4", "Memory", "s.md", List.of(Part.of("b", "Parameter bytes", 1, IntegerChecker.of(232_657_192)),
                Part.of("d", "Memory with momentum", 1, IntegerChecker.of(1_005_288_312)),
                Part.of("e", "Memory with Adam", 1, IntegerChecker.of(1_237_945_504)).hiddenKey()));
        Assignment a = new Assignment("sum", "c", "t", OffsetDateTime.parse("2026-01-01T00:00Z"), List.of(p))
                .withFeedback(FeedbackPolicy.ALWAYS);
        List<String> derivable = new ArrayList<>();
        assertTrue(derivations(a, derivable) > 0);
        assertEquals(List.of("sum p4.e (never) = 232657192.0 + 1005288312"), derivable.stream()
                .map(x -> x.replaceAll("\\s+", " ")).toList());
        derivable.clear();
        derivations(new Assignment(a.id(), "c", "t", a.due(), List.of(Problem.of("p4", "Memory", "s.md", List.of(
                p.parts().get(0), p.parts().get(1).hiddenKey(), p.parts().get(2))))).withFeedback(FeedbackPolicy.ALWAYS),
                derivable);
        assertEquals(List.of(), derivable, "hiding d as well leaves e underivable");
    }

    /** Adds each hidden key of {@code a} that follows from two revealed keys of its problem; returns the comparisons made. */
    private static int derivations(Assignment a, List<String> derivable) {
        int compared = 0;
        for (Problem p : a.problems()) {
            for (Part hidden : p.parts()) {
                FeedbackPolicy policy = a.feedbackOf(hidden);
                if (policy == FeedbackPolicy.ALWAYS) {
                    continue;
                }
                List<Double> revealed = new ArrayList<>();
                for (Part other : p.parts()) {
                    FeedbackPolicy o = a.feedbackOf(other);
                    boolean shownWhileHiddenIsNot = o == FeedbackPolicy.ALWAYS || policy == FeedbackPolicy.NEVER && o.revealsEver();
                    if (other != hidden && shownWhileHiddenIsNot) {
                        KeyNumbers.scalar(other.checker()).forEach(v -> revealed.add(v.doubleValue()));
                    }
                }
                for (BigDecimal key : KeyNumbers.scalar(hidden.checker())) {
                    compared += revealed.size();
                    String how = Derivations.find(key.doubleValue(), revealed.stream().mapToDouble(Double::doubleValue).toArray());
                    if (how != null) {
                        derivable.add(a.id() + " " + p.id() + "." + hidden.id() + " (" + policy.key() + ") = " + how);
                    }
                }
            }
        }
        return compared;
    }

    @Test
    void theAuditFindsAKeyWrittenInAnyCommonForm() {
        BigDecimal key = new BigDecimal("58164298");
        Set<String> forms = KeyTexts.of(key);
        for (String text : List.of("expected 58164298", "expected 58,164,298.", "5.82e7 bytes", "about 5.8164e+07",
                "5.816E7", "(58164000)")) {
            assertTrue(KeyTexts.foundIn(text, forms) != null, text);
        }
        assertTrue(KeyTexts.foundIn("581642981 or 158164298", forms) == null);
        assertTrue(KeyTexts.foundIn("expected 0.0738", KeyTexts.of(new BigDecimal("0.0738261"))) != null);
        assertTrue(Derivations.find(12, new double[] {3, 4, 100}) != null);
        assertTrue(Derivations.find(13, new double[] {3, 4, 100}) == null);
    }
}
