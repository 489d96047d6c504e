package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A student's numbers: a stable seed from the assignment and the student, the sheet's numbers without an id. */
class VariantTest {

    @Test
    void theSeedIsTheFirstEightBytesOfTheSha256OfAssignmentSlashStudent() throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest("ps1/ada".getBytes(StandardCharsets.UTF_8));
        long expected = new BigInteger(1, java.util.Arrays.copyOf(d, 8)).longValue();
        assertEquals(expected, Variant.of("ps1", "ada").seed());
        assertNotEquals(Variant.of("ps1", "ada").seed(), Variant.of("ps2", "ada").seed(), "another assignment, another seed");
    }

    @Test
    void noStudentGetsTheSheetsNumbers() {
        for (String none : new String[] {null, "", "  "}) {
            Variant v = Variant.of("ps1", none);
            assertTrue(v.isSheet());
            assertEquals(7, v.pick("w", 7, 9, 11, 13));
            assertEquals(0.1, v.pick("lr", 0.1, 0.2, 0.3), 0);
        }
    }

    @Test
    void aStudentDrawsFromTheChoicesTheSameEveryTimeAndStudentsSpreadOverThem() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            long w = Variant.of("ps1", "student-" + i).pick("w", 7, 9, 11, 13);
            assertTrue(w == 9 || w == 11 || w == 13, "drawn from the choices: " + w);
            assertEquals(w, Variant.of("ps1", "student-" + i).pick("w", 7, 9, 11, 13), "stable");
            seen.add(w);
        }
        assertEquals(3, seen.size(), "100 students reach every choice");
    }

    @Test
    void theStatementShowsTheNumbersDrawn() {
        Variant v = Variant.of("ps1", "ada");
        long w = v.pick("p1.w", 7, 9, 11, 13);
        double lr = v.pick("p1.lr", 0.1, 0.25, 0.5);
        v.show("p1.x", "1 \\\\ 2");
        assertEquals("width " + w + ", rate " + (lr == 0.25 ? "0.25" : "0.5") + ", x 1 \\\\ 2, {{other}}",
                v.fill("width {{p1.w}}, rate {{p1.lr}}, x {{p1.x}}, {{other}}"));
        Variant sheet = Variant.sheet();
        sheet.pick("p1.w", 7, 9);
        assertEquals("width 7", sheet.fill("width {{p1.w}}"));
    }
}
