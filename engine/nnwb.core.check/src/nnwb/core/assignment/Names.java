package nnwb.core.assignment;

import java.util.regex.Pattern;

/** Checks the identifiers and bundle resource paths of an assignment, with one-line reasons. */
final class Names {

    private static final Pattern ASSIGNMENT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,63}");

    private Names() {
    }

    /** An assignment id such as {@code epfl-ml-ps08}. */
    static String assignmentId(String id) {
        if (id == null || !ASSIGNMENT.matcher(id).matches()) {
            throw new IllegalArgumentException("assignment id must be 1-64 lower-case letters, digits, '.', '_' or '-', got "
                    + quote(id));
        }
        return id;
    }

    /** A problem or part id such as {@code p1} or {@code a} (no dots: part ids are qualified as {@code p1.a}). */
    static String localId(String what, String id) {
        if (id == null || !LOCAL.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " id must be 1-32 letters, digits, '_' or '-', got " + quote(id));
        }
        return id;
    }

    /** A relative path inside a bundle, such as {@code statements/p1.md}: no "..", no absolute path, no backslash. */
    static String resource(String what, String path) {
        if (path == null || path.isEmpty() || path.length() > 200) {
            throw new IllegalArgumentException(what + " must be a bundle path of 1-200 characters");
        }
        for (String seg : path.split("/", -1)) {
            if (!SEGMENT.matcher(seg).matches() || seg.equals("..") || seg.chars().allMatch(c -> c == '.')) {
                throw new IllegalArgumentException(what + " must be a relative bundle path such as statements/p1.md, got "
                        + quote(path));
            }
        }
        return path;
    }

    /** Non-blank one-line text such as a title. */
    static String text(String what, String text, int max) {
        if (text == null || text.isBlank() || text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " must be one line of 1-" + max + " characters");
        }
        return text;
    }

    private static String quote(String s) {
        return s == null ? "nothing" : nnwb.core.check.Echo.quote(s);
    }
}
