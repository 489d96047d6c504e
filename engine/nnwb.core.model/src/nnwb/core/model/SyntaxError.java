package nnwb.core.model;

/** Internal signal of the parser: the rest of the line is skipped and a finding is recorded. */
final class SyntaxError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final Pos at;

    SyntaxError(Pos at, String message) {
        super(message, null, false, false);
        this.at = at;
    }
}
