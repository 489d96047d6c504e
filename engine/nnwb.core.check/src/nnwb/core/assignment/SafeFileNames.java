package nnwb.core.assignment;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Output file names derived from untrusted student ids: only ASCII letters, digits, '_' and
 * '-' survive (at most 40 of them), followed by a hash of the whole id so that different ids
 * never share a file. No path from a submission ever reaches the file system.
 */
public final class SafeFileNames {

    /** Most characters kept from the id. */
    public static final int MAX_KEPT = 40;
    private static final Pattern SUFFIX = Pattern.compile("(\\.[a-z0-9-]{1,16}){1,3}");

    private SafeFileNames() {
    }

    /** A safe file stem for {@code studentId}, e.g. {@code jdoe-3f2a9c01b4de}. */
    public static String stem(String studentId) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < studentId.length() && kept.length() < MAX_KEPT; i++) {
            char c = studentId.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (ok) {
                kept.append(c);
            } else if (kept.length() > 0 && kept.charAt(kept.length() - 1) != '_') {
                kept.append('_');
            }
        }
        String base = kept.toString().replaceAll("^[_-]+|[_-]+$", "");
        return (base.isEmpty() ? "student" : base) + "-" + hash(studentId);
    }

    /**
     * The file for {@code studentId} in {@code dir} with our own {@code suffix} (e.g.
     * {@code .feedback.json}); always directly inside {@code dir}.
     */
    public static Path in(Path dir, String studentId, String suffix) {
        if (!SUFFIX.matcher(suffix).matches()) {
            throw new IllegalArgumentException("file suffix must be like .feedback.json, got " + suffix);
        }
        Path folder = dir.toAbsolutePath().normalize();
        Path file = folder.resolve(stem(studentId) + suffix);
        if (!folder.equals(file.getParent())) {
            throw new IllegalStateException("derived file name left its folder");
        }
        return file;
    }

    private static String hash(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
