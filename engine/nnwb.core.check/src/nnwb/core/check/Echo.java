package nnwb.core.check;

/** Makes untrusted text safe to repeat in a one-line reason: control characters become spaces, long text is cut. */
public final class Echo {

    /** The most characters of a student's input repeated in a reason. */
    public static final int MAX_QUOTED = 40;

    private Echo() {
    }

    /** {@code text} on one line: every control or line-separator character replaced by a space. */
    public static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return sb.toString().strip();
    }

    /**
     * {@code text} with every character that would hide, reorder or break what is shown made visible as a
     * escape such as <code>&#92;u202E</code>: control characters (tab, line breaks), the line and paragraph separators, and the
     * bidirectional marks, embeddings, overrides and isolates (U+200E-200F, U+202A-202E, U+2066-2069, U+061C).
     */
    public static String visible(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (invisible(c)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean invisible(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F'
                || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** A student's input in quotes, on one line and cut to {@link #MAX_QUOTED} characters. */
    public static String quote(String text) {
        String s = oneLine(text == null ? "" : text.length() > 4 * MAX_QUOTED ? text.substring(0, 4 * MAX_QUOTED) : text);
        if (s.length() > MAX_QUOTED) {
            int cut = MAX_QUOTED;
            if (Character.isHighSurrogate(s.charAt(cut - 1))) {
                cut--;
            }
            s = s.substring(0, cut) + "…";
        }
        return "'" + s + "'";
    }
}
