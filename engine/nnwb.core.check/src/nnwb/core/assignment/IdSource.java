package nnwb.core.assignment;

import java.util.Locale;

/**
 * Where a graded file's student id comes from: the file or folder name (as learning-management exports lay
 * submissions out: {@code ada.json} or {@code ada/answers.json}), the default, since a student controls what is
 * inside the file but not what the export names it; or the id inside the answers file, when the instructor asks.
 */
public enum IdSource {
    /** The file name without {@code .json}, or the student's folder name. */
    FILE_NAME("file-name"),
    /** The {@code student} key inside the answers file. */
    ANSWERS("answers");

    private final String option;

    IdSource(String option) {
        this.option = option;
    }

    /** The option value naming this source ({@code file-name}, {@code answers}). */
    public String option() {
        return option;
    }

    /** The source an option value names; throws {@link IllegalArgumentException} with the choices. */
    public static IdSource of(String option) {
        for (IdSource s : values()) {
            if (s.option.equals(option == null ? "" : option.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("student ids come from file-name or answers, not "
                + nnwb.core.check.Echo.quote(option));
    }
}
