package nnwb.core.assignment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of one student's copy of an assignment, as PrairieLearn and STACK draw them: a seed from the
 * SHA-256 of {@code assignmentId/studentId}, the same on every machine and every run. A student with no id gets
 * the {@link #SHEET} variant, whose draws are the sheet's own numbers. A plugin draws each number by name
 * ({@link #pick}); the statement shows them where its Markdown says {@code {{name}}} ({@link #fill}).
 *
 * @param studentId the student, empty for the sheet's own numbers
 * @param seed      the first 8 bytes of the SHA-256 of {@code assignmentId/studentId}; 0 for the sheet
 * @param values    the numbers drawn so far by name, as statements show them (filled by {@link #pick})
 */
public record Variant(String studentId, long seed, Map<String, String> values) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_.-]+)}}");

    public Variant {
        if (studentId == null) {
            throw new IllegalArgumentException("a variant needs a student id (empty for the sheet)");
        }
        values = values == null ? new LinkedHashMap<>() : values;
    }

    /** The sheet's own numbers (a student with no id). */
    public static Variant sheet() {
        return new Variant("", 0, new LinkedHashMap<>());
    }

    /** The variant of {@code studentId} for {@code assignmentId}; the sheet's when the id is null or blank. */
    public static Variant of(String assignmentId, String studentId) {
        if (studentId == null || studentId.isBlank()) {
            return sheet();
        }
        return new Variant(studentId, seed(assignmentId + "/" + studentId), new LinkedHashMap<>());
    }

    /** The first 8 bytes of the SHA-256 of {@code text} (UTF-8), big-endian. */
    static long seed(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long s = 0;
            for (int i = 0; i < 8; i++) {
                s = (s << 8) | (d[i] & 0xff);
            }
            return s;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Whether these are the sheet's own numbers. */
    public boolean isSheet() {
        return studentId.isEmpty();
    }

    /**
     * The number {@code name} of this variant: {@code sheet} for the sheet's variant, else one of {@code choices}
     * chosen by the seed and the name (so that two numbers of one student are drawn independently). Recorded
     * under {@code name} for the statement.
     */
    public long pick(String name, long sheet, long... choices) {
        long v = isSheet() || choices.length == 0 ? sheet : choices[index(name, choices.length)];
        values.put(name, Long.toString(v));
        return v;
    }

    /** {@link #pick(String, long, long...)} for a real number, shown as written ({@code 0.1}, not {@code 0.1000}). */
    public double pick(String name, double sheet, double... choices) {
        double v = isSheet() || choices.length == 0 ? sheet : choices[index(name, choices.length)];
        values.put(name, java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString());
        return v;
    }

    /** {@link #pick(String, long, long...)} for a text (a matrix, a kernel), shown as it is. */
    public String pick(String name, String sheet, String... choices) {
        String v = isSheet() || choices.length == 0 ? sheet : choices[index(name, choices.length)];
        values.put(name, v);
        return v;
    }

    /** Records how the statement shows {@code name} (a vector as TeX, say), for numbers drawn as one text. */
    public void show(String name, String text) {
        values.put(name, text);
    }

    private int index(String name, int n) {
        return (int) Math.floorMod(seed(seed + "/" + name), (long) n);
    }

    /** {@code markdown} with each {@code {{name}}} replaced by this variant's number; unknown names stay as written. */
    public String fill(String markdown) {
        Matcher m = PLACEHOLDER.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
