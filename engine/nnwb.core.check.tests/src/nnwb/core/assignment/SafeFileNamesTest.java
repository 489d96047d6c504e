package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFileNamesTest {

    private static final List<String> HOSTILE = List.of("../../etc/passwd", "/etc/passwd", "C:\\Windows\\system32",
            "..", ".", "", "a\u0000b", "x".repeat(100_000), "CON", "nul.txt", "~root", "$(rm -rf /)", "élève",
            "a/b", "a_b", "a\\b", "\u202Eevil", " ", "..\\..\\boot.ini", "%2e%2e%2f");

    @Test
    void everyNameStaysInsideItsFolder(@TempDir Path dir) {
        for (String id : HOSTILE) {
            Path f = SafeFileNames.in(dir, id, ".feedback.json");
            assertEquals(dir.toAbsolutePath().normalize(), f.getParent(), id);
            String name = f.getFileName().toString();
            assertTrue(name.matches("[A-Za-z0-9_-]+-[0-9a-f]{12}\\.feedback\\.json"), name);
            assertTrue(name.length() <= SafeFileNames.MAX_KEPT + 13 + ".feedback.json".length(), name);
        }
    }

    @Test
    void traversalBecomesAPlainName() {
        String stem = SafeFileNames.stem("../../etc/passwd");
        assertTrue(stem.startsWith("etc_passwd-"), stem);
        assertTrue(SafeFileNames.stem("").startsWith("student-"));
        assertTrue(SafeFileNames.stem("a\u0000b").startsWith("a_b-"));
    }

    @Test
    void differentIdsNeverShareAFile() {
        Set<String> stems = new HashSet<>();
        for (String id : HOSTILE) {
            assertTrue(stems.add(SafeFileNames.stem(id)), id);
        }
        assertNotEquals(SafeFileNames.stem("a/b"), SafeFileNames.stem("a_b"));
        assertEquals(SafeFileNames.stem("ada"), SafeFileNames.stem("ada"));
    }

    @Test
    void onlyOurOwnSuffixesAreAccepted(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> SafeFileNames.in(dir, "ada", "/../x"));
        assertThrows(IllegalArgumentException.class, () -> SafeFileNames.in(dir, "ada", ".json/"));
    }
}
