package nnwb.core.model;

/**
 * A problem or remark about a network description, anchored at a 1-based line
 * and column with the length of the offending text (at least 1), ready for an
 * editor marker. Errors in a model are findings, never exceptions.
 */
public record Finding(Severity severity, int line, int column, int length, String message) {

    public static Finding error(Pos at, String message) {
        return new Finding(Severity.ERROR, at.line(), at.column(), at.length(), message);
    }

    public static Finding warning(Pos at, String message) {
        return new Finding(Severity.WARNING, at.line(), at.column(), at.length(), message);
    }

    public static Finding info(Pos at, String message) {
        return new Finding(Severity.INFO, at.line(), at.column(), at.length(), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code line:column: severity: message}. */
    @Override
    public String toString() {
        return line + ":" + column + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
