package nnwb.core.model;

/** {@code symbol NAME[=default] [odd|even]}: a size left open, with an optional default value. */
public record SymbolDecl(String name, Expr defaultValue, Parity parity, Pos pos) {
}
