package nnwb.core.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nnwb.core.model.Arg;
import nnwb.core.model.Finding;
import nnwb.core.model.LayerKind;
import nnwb.core.model.Pos;
import nnwb.core.model.Statement;
import nnwb.core.symbolic.Poly;

/**
 * Typed access to one statement's arguments: positional values are named by
 * the kind's positional parameters, unknown keys become error findings.
 */
public final class ArgReader {

    private final Statement st;
    private final Evaluator ev;
    private final Map<String, Value> scope;
    private final Map<String, Arg> byKey = new HashMap<>();

    ArgReader(Statement st, LayerKind kind, Evaluator ev, Map<String, Value> scope, List<Finding> findings) {
        this.st = st;
        this.ev = ev;
        this.scope = scope;
        List<Arg> positionals = st.positionals();
        List<String> names = kind.positionalParameters();
        if (!kind.merges()) {
            for (int i = 0; i < positionals.size(); i++) {
                if (i < names.size()) {
                    byKey.put(names.get(i), positionals.get(i));
                } else {
                    findings.add(Finding.error(positionals.get(i).pos(), kind.keyword() + " takes "
                            + (names.isEmpty() ? "no positional values" : "at most " + names.size() + " positional value(s): " + names)));
                }
            }
        }
        for (Arg a : st.args()) {
            if (a.positional()) {
                continue;
            }
            if (!kind.parameters().contains(a.key()) && !LayerKind.COMMON_PARAMETERS.contains(a.key())) {
                findings.add(Finding.error(a.keyPos(), "unknown parameter '" + a.key() + "' for " + kind.keyword()
                        + (kind.parameters().isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", kind.parameters()) + ")")));
            }
            byKey.put(a.key(), a);
        }
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    Pos pos(String key) {
        Arg a = byKey.get(key);
        return a == null ? st.kindPos() : a.values().get(0).pos();
    }

    /** A single size, {@code def} when absent (null def: required). */
    Poly size(String key, Poly def) {
        Arg a = byKey.get(key);
        if (a == null) {
            if (def == null) {
                throw new ModelError(st.kindPos(), st.kind() + " needs " + key + "=...");
            }
            return def;
        }
        if (a.values().size() != 1) {
            throw new ModelError(a.pos(), key + " takes one value");
        }
        return ev.size(ev.eval(a.value(), scope), a.value().pos(), key);
    }

    /** One size per spatial axis; a single value applies to all axes. */
    List<Poly> perAxis(String key, Poly def, int rank) {
        Arg a = byKey.get(key);
        List<Poly> r = new ArrayList<>();
        if (a == null) {
            if (def == null) {
                throw new ModelError(st.kindPos(), st.kind() + " needs " + key + "=...");
            }
            for (int i = 0; i < rank; i++) {
                r.add(def);
            }
            return r;
        }
        if (a.values().size() != 1 && a.values().size() != rank) {
            throw new ModelError(a.pos(), key + " needs 1 or " + rank + " values for a " + rank + "D input, got " + a.values().size());
        }
        for (int i = 0; i < rank; i++) {
            var e = a.values().get(a.values().size() == 1 ? 0 : i);
            r.add(ev.size(ev.eval(e, scope), e.pos(), key));
        }
        return r;
    }

    /** The word given for {@code key} (lower case), or null when absent or numeric. */
    String word(String key) {
        Arg a = byKey.get(key);
        if (a == null || a.values().size() != 1) {
            return null;
        }
        Value v = ev.eval(a.value(), scope);
        return v.isWord() ? v.word().toLowerCase(Locale.ROOT) : null;
    }

    boolean flag(String key, boolean def) {
        Arg a = byKey.get(key);
        if (a == null) {
            return def;
        }
        Value v = ev.eval(a.value(), scope);
        if (v.isWord() && (v.word().equalsIgnoreCase("true") || v.word().equalsIgnoreCase("false"))) {
            return v.word().equalsIgnoreCase("true");
        }
        if (!v.isWord() && v.poly().isConstant() && (v.poly().isZero() || v.poly().equals(Poly.ONE))) {
            return !v.poly().isZero();
        }
        throw new ModelError(a.value().pos(), key + " must be true or false");
    }
}
