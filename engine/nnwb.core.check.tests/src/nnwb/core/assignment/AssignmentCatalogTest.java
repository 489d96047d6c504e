package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentCatalogTest {

    private static AssignmentProvider provider(Assignment a) {
        return new AssignmentProvider() {
            @Override
            public Assignment assignment() {
                return a;
            }

            @Override
            public InputStream open(String path) {
                return new ByteArrayInputStream(("# " + path).getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    @Test
    void providersComeAndGo() {
        AssignmentCatalog catalog = new AssignmentCatalog();
        AssignmentProvider p = provider(SampleAssignment.build());
        catalog.add(p);
        assertEquals(List.of("sample-ps"), catalog.assignments().stream().map(Assignment::id).toList());
        assertEquals("sample-ps", catalog.require("sample-ps").id());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> catalog.add(provider(SampleAssignment.build())));
        assertEquals("assignment sample-ps is already installed", twice.getMessage());
        assertEquals("no assignment 'other' is installed; installed: sample-ps",
                assertThrows(IllegalArgumentException.class, () -> catalog.require("other")).getMessage());
        catalog.remove(p);
        assertTrue(catalog.assignments().isEmpty());
    }

    @Test
    void theListNamesProblemsAndPartsButNoKeys() {
        String json = CatalogJson.toJson(List.of(SampleAssignment.build()));
        JsonObject a = JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("assignments").get(0).getAsJsonObject();
        assertEquals("sample-ps", a.get("id").getAsString());
        assertEquals("Sample problem set", a.get("title").getAsString());
        JsonArray problems = a.getAsJsonArray("problems");
        assertEquals(2, problems.size());
        JsonObject p1b = problems.get(0).getAsJsonObject().getAsJsonArray("parts").get(1).getAsJsonObject();
        assertEquals("real", p1b.get("kind").getAsString());
        assertEquals("model-editor", p1b.getAsJsonObject("preset").get("tool").getAsString());
        assertFalse(json.contains(Long.toString(SampleAssignment.WEIGHT_BYTES)), json);
        assertFalse(json.contains(Long.toString(SampleAssignment.TRAINING_MULTIPLICATIONS)), json);
    }
}
