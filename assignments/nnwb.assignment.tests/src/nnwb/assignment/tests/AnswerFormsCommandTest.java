package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nnwb.assignment.berkeley.hw3.Hw3Assignment;
import nnwb.assignment.epfl.ps08.Ps08Assignment;
import nnwb.core.assignment.AnswersWriter;

/**
 * {@code nnwb check} on answers files written in the forms the checker fixes of issue 23 read: a binary unit in lower
 * case, a Greek symbol with a subscript, floor(...) in a whole-number part, an exact expression in a real-number part,
 * and an ambiguous comma refused with its reason.
 */
class AnswerFormsCommandTest {

    @TempDir
    Path tmp;

    private Map<String, String> statuses(Student s, String assignment, String student) throws IOException {
        Path f = tmp.resolve(assignment + "-" + student + ".json");
        Files.writeString(f, AnswersWriter.toJson(s.submission(student)), StandardCharsets.UTF_8);
        Catalog.Run r = Catalog.run("check", assignment, "--answers", f.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        return JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("parts").asList().stream()
                .map(x -> (JsonObject) x).collect(Collectors.toMap(x -> x.get("part").getAsString(), x -> x.get("status").getAsString()));
    }

    @Test
    void epflAnswersInTheNewFormsAreCorrect() throws IOException {
        long w = Long.parseLong(Catalog.ALL.require(Ps08Assignment.ID, "ada").variant().values().get("p4.in"));
        Student s = EpflPs08Test.solved("ada")
                .answer("p1.e", "8.625 mib")                           // 9,043,968 bytes / 2^20, the MiB in lower case
                .answer("p3.f", "c - c β_1^t")                         // beta1 typed as the letter with a subscript
                .answer("p3.g", "c² (1 − β2^t)")
                .answer("p4.a", "floor((" + w + " + 2*1 - 3)/2) + 1"); // the output width, K = 3, P = 1, S = 2, as written
        Map<String, String> st = statuses(s, Ps08Assignment.ID, "ada");
        for (String part : new String[] {"p1.e", "p3.f", "p3.g", "p4.a"}) {
            assertEquals("correct", st.get(part), part + " in " + st);
        }
    }

    @Test
    void anAmbiguousCommaIsRefusedWithItsReasonAndAnAmbiguousUnitToo() throws IOException {
        for (String[] answer : new String[][] {{"8,625 MiB", "ambiguous: the comma may separate thousands"},
            {"8.625 mb", "ambiguous: in SI b is a bit"}}) {
            Student s = EpflPs08Test.solved("ada").answer("p1.e", answer[0]);
            assertEquals("ungradable-input", statuses(s, Ps08Assignment.ID, "ada").get("p1.e"), answer[0]);
            Path f = tmp.resolve("text.json");
            Files.writeString(f, AnswersWriter.toJson(s.submission("ada")), StandardCharsets.UTF_8);
            Catalog.Run text = Catalog.run("check", Ps08Assignment.ID, "--answers", f.toString());
            assertEquals(0, text.code(), text.err());
            assertTrue(text.out().contains(answer[1]), text.out());
        }
    }

    @Test
    void anExactExpressionAnswersARealPart() throws IOException {
        // the columns of X̃ = XΓ⁻¹ all have norm sqrt(p/(1-p)) (Γ = sqrt((1-p)/p)·Γ̌, Γ̌ the column norms of X), for the
        // keep probability p this student's variant drew
        String p = Catalog.ALL.require(Hw3Assignment.ID, "ada").variant().values().get("p5.p");
        Student s = new Student(Catalog.ALL.require(Hw3Assignment.ID, "ada")).answer("p5.d", "sqrt(" + p + "/(1 - " + p + "))");
        assertEquals("correct", statuses(s, Hw3Assignment.ID, "ada").get("p5.d"));
        Student wrong = new Student(Catalog.ALL.require(Hw3Assignment.ID, "ada")).answer("p5.d", "sqrt((1 - " + p + ")/" + p + ")");
        String status = statuses(wrong, Hw3Assignment.ID, "ada").get("p5.d");
        assertTrue(status.equals("wrong") || Double.parseDouble(p) == 0.5, status);
    }
}
