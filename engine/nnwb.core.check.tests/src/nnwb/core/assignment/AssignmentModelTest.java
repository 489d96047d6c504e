package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nnwb.core.check.IntegerChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssignmentModelTest {

    private static Part part(String id, double points) {
        return Part.of(id, "prompt", points, IntegerChecker.of(1));
    }

    @Test
    void partsAreAddressedAsProblemDotPartInOrder() {
        Assignment a = SampleAssignment.build();
        assertEquals(List.of("p1.a", "p1.b", "p1.c", "p2.a", "p2.b", "p2.c", "p2.d", "p2.w", "p2.e"),
                a.parts().stream().map(Assignment.PartRef::id).toList());
        assertEquals(5 + 7, a.points());
        assertEquals(FeedbackPolicy.NEVER, a.feedbackOf(a.part("p1.c").orElseThrow().part()));
        assertEquals(FeedbackPolicy.ALWAYS, a.feedbackOf(a.part("p1.b").orElseThrow().part()));
        assertEquals(FeedbackPolicy.NEVER, a.feedbackOf(a.part("p1.a").orElseThrow().part()), "the default");
        assertEquals(Preset.MODEL_EDITOR, a.part("p1.b").orElseThrow().part().preset().orElseThrow().tool());
        assertEquals("models/mlp.nnet", a.part("p1.b").orElseThrow().part().preset().orElseThrow().resource());
    }

    @Test
    void aProblemIsWorthTheSumOfItsParts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Problem("p1", "t", "s.md", 3, List.of(part("a", 1), part("b", 1))));
        assertEquals("problem p1 is worth 3.0 points but its parts add up to 2.0", e.getMessage());
    }

    @Test
    void idsAreUnique() {
        assertThrows(IllegalArgumentException.class, () -> Problem.of("p1", "t", "s.md", List.of(part("a", 1), part("a", 1))));
        Problem p = Problem.of("p1", "t", "s.md", List.of(part("a", 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Assignment("x", "c", "t", OffsetDateTime.now(), List.of(p, p)));
        assertEquals("assignment x has two problems p1", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../statement.md", "/etc/statement.md", "a/../../b.md", "C:\\x.md", "a//b.md", "./a.md", ""})
    void statementsAreRelativeBundlePaths(String path) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Problem.of("p1", "t", path, List.of(part("a", 1))));
        assertTrue(e.getMessage().startsWith("problem p1 statement must be"), e.getMessage());
    }

    @Test
    void statementsAreMarkdown() {
        assertThrows(IllegalArgumentException.class, () -> Problem.of("p1", "t", "statements/p1.html", List.of(part("a", 1))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"p.1", "", "a b", "../x"})
    void partIdsHaveNoDotsOrPaths(String id) {
        assertThrows(IllegalArgumentException.class, () -> part(id, 1));
    }

    @Test
    void presetsNeedAKnownShapeOfReference() {
        assertEquals("in=7, k=3", String.join(", ", Preset.convLayer(Map.of("k", "3", "in", "7")).parameters().entrySet()
                .stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        assertThrows(IllegalArgumentException.class, () -> Preset.model("../../secret.nnet"));
        assertThrows(IllegalArgumentException.class, () -> new Preset("Model Editor", "a.nnet", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new Preset(Preset.FILTER_CANVAS, "", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Preset.optimizer(Map.of("lr", "0.1\n")));
    }

    @Test
    void assignmentIdsAreLowerCaseNames() {
        Problem p = Problem.of("p1", "t", "s.md", List.of(part("a", 1)));
        assertThrows(IllegalArgumentException.class, () -> new Assignment("EPFL PS8", "c", "t", OffsetDateTime.now(),
                List.of(p)));
        assertThrows(IllegalArgumentException.class, () -> new Assignment("x", "c", "t", null, List.of(p)));
    }
}
