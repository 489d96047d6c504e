package nnwb.core.graph;


import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.model.Finding;
import nnwb.core.model.NetworkModel;
import nnwb.core.model.Parity;
import nnwb.core.model.Pos;
import nnwb.core.model.SymbolDecl;
import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.PolyFormat;

/**
 * The value of every declared symbol for one analysis: a number from the
 * overrides, else its default (unless symbolic mode ignores defaults), else
 * the symbol itself. Also knows parities and the preferred print order
 * (batch {@code n} first, then declaration order).
 */
public final class SymbolTable {

    /** Name of the batch-size symbol in symbolic mode. */
    public static final String BATCH = "n";

    private final Map<String, Poly> values = new LinkedHashMap<>();
    private final Map<String, Parity> parities = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    SymbolTable() {
        order.add(BATCH);
    }

    /** The model's symbol names and the batch, for messages. */
    public static String declared(NetworkModel model) {
        List<String> names = new ArrayList<>();
        model.symbols().forEach(d -> names.add(d.name()));
        names.add(BATCH + " (the batch size)");
        return String.join(", ", names);
    }

    /**
     * The symbols of {@code model}: {@code given} values first, then (unless {@code symbolic}) the file's
     * defaults, else the symbol itself.
     */
    public static SymbolTable resolve(NetworkModel model, Map<String, Poly> given, boolean symbolic, List<Finding> findings) {
        SymbolTable t = new SymbolTable();
        Evaluator ev = new Evaluator(t);
        for (SymbolDecl d : model.symbols()) {
            t.order.add(d.name());
            t.parities.put(d.name(), d.parity());
            Poly v = given.get(d.name());
            if (v == null && d.defaultValue() != null && !symbolic) {
                try {
                    Value dv = ev.eval(d.defaultValue(), Map.of());
                    v = ev.size(dv, d.defaultValue().pos(), "default of " + d.name());
                } catch (ModelError e) {
                    findings.add(Finding.error(e.at, e.getMessage()));
                }
            }
            t.values.put(d.name(), v == null ? Poly.var(d.name()) : v);
        }
        for (String name : given.keySet()) {
            if (model.symbol(name) == null) {
                findings.add(Finding.error(Pos.START, "--set " + name + ": the network declares no symbol '" + name
                        + "'; its symbols: " + declared(model)));
            }
        }
        return t;
    }

    /** The value bound to symbol {@code name}, or null when none is declared. */
    public Poly value(String name) {
        return values.get(name);
    }

    public Map<String, Poly> values() {
        return Collections.unmodifiableMap(values);
    }

    public Parity parity(String name) {
        return parities.getOrDefault(name, Parity.ANY);
    }

    /** Symbols that stay symbolic (no value given). */
    public List<String> openSymbols() {
        return values.entrySet().stream().filter(e -> !e.getValue().isConstant()).map(Map.Entry::getKey).toList();
    }

    /** The polynomial printer with {@code n} and the declared symbols in order. */
    public PolyFormat format(PolyFormat base) {
        return base.withOrder(order);
    }
}
