package nnwb.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One layer line, {@code [name:] kind args...}: a layer of a {@link LayerKind}
 * or an instance of a block. {@code name} is null when the line gives none.
 */
public record Statement(String name, Pos namePos, String kind, Pos kindPos, List<Arg> args) {

    public Statement {
        args = List.copyOf(args);
    }

    /** The last argument with this key, or null. */
    public Arg arg(String key) {
        Arg found = null;
        for (Arg a : args) {
            if (key.equals(a.key())) {
                found = a;
            }
        }
        return found;
    }

    public List<Arg> positionals() {
        List<Arg> r = new ArrayList<>();
        for (Arg a : args) {
            if (a.positional()) {
                r.add(a);
            }
        }
        return r;
    }

    /** Where the statement starts (its name, or its kind). */
    public Pos pos() {
        return namePos != null ? namePos : kindPos;
    }
}
