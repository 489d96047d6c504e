package nnwb.core.conv;

/**
 * A problem with user input, reported as a value instead of an exception.
 *
 * @param axis    the axis index (0 width, 1 height), or -1 when the problem is not tied to one axis
 * @param field   the offending field
 * @param message a one-line explanation with the numbers involved
 */
public record ValidationProblem(int axis, Field field, String message) {

    /** A problem not tied to an axis. */
    public static ValidationProblem of(Field field, String message) {
        return new ValidationProblem(-1, field, message);
    }
}
