package nnwb.core.model;

import java.util.List;

/**
 * {@code block NAME param[=default]...} ... {@code end}: a named group of layers
 * used like a layer kind. Inside, {@code input} is the block's input and names
 * refer to the block's own layers.
 */
public record BlockDef(String name, Pos pos, List<Param> params, List<Statement> body) {

    public BlockDef {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }

    /** A block parameter with its optional default. */
    public record Param(String name, Expr defaultValue, Pos pos) {
    }
}
