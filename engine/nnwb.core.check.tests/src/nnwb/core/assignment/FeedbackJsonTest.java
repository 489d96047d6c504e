package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.Map;
import nnwb.core.check.Answer;
import nnwb.core.check.FeedbackText;
import nnwb.core.check.Limits;
import org.junit.jupiter.api.Test;

class FeedbackJsonTest {

    private static SubmissionResult wrongOnTheHiddenPart() {
        Assignment a = SampleAssignment.build();
        Map<String, Answer> answers = new LinkedHashMap<>(SampleAssignment.correctAnswers());
        answers.put("p1.c", Answer.text("1000"));
        answers.put("p1.b", Answer.text("3 MiB"));
        return new Grader(Limits.DEFAULT).grade(a, new Submission(a.id(), "ada", answers));
    }

    @Test
    void aStudentsFeedbackNeverHoldsAHiddenKey() {
        SubmissionResult r = wrongOnTheHiddenPart();
        String key = Long.toString(SampleAssignment.TRAINING_MULTIPLICATIONS);
        String student = FeedbackJson.toJson(r, Audience.STUDENT);
        String instructor = FeedbackJson.toJson(r, Audience.INSTRUCTOR);
        assertFalse(student.contains(key), student);
        assertTrue(instructor.contains(key), instructor);
        PartResult hidden = r.part("p1.c");
        assertFalse(FeedbackText.render(hidden.partId(), hidden.verdict(), hidden.hidden()).contains(key));
        assertFalse(FeedbackText.render(hidden.partId(), hidden.forStudent(), false).contains(key));
    }

    @Test
    void anOpenPartShowsItsKeyToTheStudent() {
        String student = FeedbackJson.toJson(wrongOnTheHiddenPart(), Audience.STUDENT);
        assertTrue(student.contains("expected " + SampleAssignment.WEIGHT_BYTES + " B"), student);
    }

    @Test
    void keysAreExplicitAndStable() {
        JsonObject o = JsonParser.parseString(FeedbackJson.toJson(wrongOnTheHiddenPart(), Audience.STUDENT))
                .getAsJsonObject();
        assertEquals("sample-ps", o.get("assignment").getAsString());
        assertEquals("ada", o.get("student").getAsString());
        assertEquals(12, o.get("possible").getAsDouble());
        JsonObject first = o.getAsJsonArray("parts").get(0).getAsJsonObject();
        assertEquals(java.util.Set.of("part", "status", "awarded", "possible", "reason", "hidden"), first.keySet());
        JsonObject hidden = o.getAsJsonArray("parts").get(2).getAsJsonObject();
        assertEquals("p1.c", hidden.get("part").getAsString());
        assertEquals("wrong", hidden.get("status").getAsString());
        assertFalse(hidden.has("detail"));
        JsonObject matrix = o.getAsJsonArray("parts").get(4).getAsJsonObject();
        assertEquals(9, matrix.getAsJsonArray("cells").size());
        assertEquals("(1,1)", matrix.getAsJsonArray("cells").get(0).getAsJsonObject().get("cell").getAsString());
    }
}
