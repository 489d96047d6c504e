package nnwb.core.graph;

import nnwb.core.model.Pos;

/** Internal signal: a statement cannot be analysed; it becomes an error finding. */
public final class ModelError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final transient Pos at;

    ModelError(Pos at, String message) {
        super(message, null, false, false);
        this.at = at;
    }
}
