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
