package nnwb.core.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nnwb.core.model.Arg;
import nnwb.core.model.BlockDef;
import nnwb.core.model.Expr;
import nnwb.core.model.Finding;
import nnwb.core.model.LayerKind;
import nnwb.core.model.NetworkModel;
import nnwb.core.model.Statement;
import nnwb.core.symbolic.Poly;

/**
 * Expands a {@link NetworkModel} into a {@link Graph}: evaluates arguments,
 * instantiates blocks (names {@code NAME.i.layer}, numbering continued when a
 * name is reused), unrolls numeric repeats, keeps symbolic repeats as one
 * {@link RepeatGroup}, and infers every shape on the way. A statement that
 * fails becomes an error finding and is left out.
 */
public final class GraphBuilder {

    /** Most copies a numeric repeat may unroll into (each copy is a node of the graph). */
    static final long MAX_REPEAT = 10_000;


    private final NetworkModel model;
    private final SymbolTable symbols;
    private final Evaluator ev;
    private final ShapeRules rules;
    private final List<Finding> findings;
    private final List<Node> nodes = new ArrayList<>();
    private final Map<String, Node> byName = new HashMap<>();
    private final List<RepeatGroup> groups = new ArrayList<>();
    private final Set<String> activeBlocks = new HashSet<>();
    private final ExpansionBudget budget;

    private GraphBuilder(NetworkModel model, SymbolTable symbols, List<Finding> findings, ExpansionLimits limits) {
        this.model = model;
        this.symbols = symbols;
        this.budget = new ExpansionBudget(limits);
        this.ev = new Evaluator(symbols, budget);
        this.rules = new ShapeRules(symbols, findings);
        this.findings = findings;
    }

    /** Builds the graph within {@link ExpansionLimits#DEFAULT}. */
    public static Graph build(NetworkModel model, SymbolTable symbols, List<Finding> findings) {
        return build(model, symbols, findings, ExpansionLimits.DEFAULT);
    }

    /**
     * Builds the graph; a model that expands beyond {@code limits} gets one error finding and the layers expanded
     * until then.
     */
    public static Graph build(NetworkModel model, SymbolTable symbols, List<Finding> findings, ExpansionLimits limits) {
        GraphBuilder b = new GraphBuilder(model, symbols, findings, limits);
        boolean channelsLast = false;
        if (model.input() != null) {
            try {
                InputShapes.Result in = InputShapes.read(model.input(), b.ev);
                channelsLast = in.channelsLast();
                Node input = b.add(new Node(0, "input", null, LayerParams.NONE, List.of(), in.shape(), Poly.ONE, model.input().pos()));
                Scope top = new Scope("", Map.of(), input, Poly.ONE);
                for (Statement st : model.statements()) {
                    b.statement(st, top);
                }
            } catch (ModelError e) {
                findings.add(Finding.error(e.at, e.getMessage()));
            } catch (ExpansionBudget.Exceeded e) {
                findings.add(Finding.error(e.at, e.getMessage()));
            }
        }
        return new Graph(model.name(), b.nodes, b.groups, symbols, channelsLast);
    }

    /** Names, parameters and the running "previous layer" of one level (top level or one block instance). */
    private static final class Scope {
        final String prefix;
        final Map<String, Value> params;
        final Map<String, Node> names = new HashMap<>();
        final Map<String, Integer> counters = new HashMap<>();
        final Poly multiplier;
        Node previous;

        Scope(String prefix, Map<String, Value> params, Node input, Poly multiplier) {
            this.prefix = prefix;
            this.params = params;
            this.multiplier = multiplier;
            this.previous = input;
            names.put("input", input);
        }

        int next(String base, int start) {
            int i = counters.getOrDefault(base, start);
            counters.put(base, i + 1);
            return i;
        }
    }

    private void statement(Statement st, Scope sc) {
        budget.value(st.pos());
        try {
            BlockDef block = model.blocks().get(st.kind());
            LayerKind kind = block == null ? LayerKind.lookup(st.kind()) : null;
            if (block == null && kind == null) {
                List<String> known = new ArrayList<>(model.blocks().keySet());
                for (LayerKind k : LayerKind.values()) {
                    known.add(k.keyword());
                }
                String hint = Suggest.closest(st.kind(), known);
                throw new ModelError(st.kindPos(), "unknown layer kind '" + st.kind() + "'" + (hint == null ? "" : " (did you mean '" + hint + "'?)"));
            }
            Arg rep = st.arg("repeat");
            Poly count = rep == null ? Poly.ONE : ev.size(ev.eval(rep.value(), sc.params), rep.value().pos(), "repeat");
            String base = st.name() != null ? st.name() : block != null ? block.name() : kind.keyword();
            boolean numbered = block != null || rep != null;
            Node out;
            if (count.isConstant()) {
                if (!count.constant().isInteger() || count.constant().signum() < 1) {
                    throw new ModelError(rep.value().pos(), "repeat must be a positive integer, got " + count);
                }
                if (count.constant().numerator().bitLength() > 31 || count.longValue() > MAX_REPEAT) {
                    throw new ModelError(rep.value().pos(), "repeat " + count + " is above the limit of " + MAX_REPEAT
                            + " copies; use a symbol (repeat=L) for a formula in the depth");
                }
                long n = count.longValue();
                out = null;
                for (long i = 0; i < n; i++) {
                    String local = numbered ? base + "." + sc.next(base, 0) : plainName(st, kind, sc);
                    out = one(st, block, kind, sc, local, sc.multiplier, i == 0);
                    sc.previous = out;
                }
            } else {
                int first = nodes.size();
                Shape before = sc.previous.outputShape();
                out = one(st, block, kind, sc, base + ".*", sc.multiplier.multiply(count), true);
                if (!out.outputShape().equals(before)) {
                    throw new ModelError(rep.value().pos(), "repeat=" + count + " is symbolic, so the repeated layers must keep the shape, but "
                            + before + " becomes " + out.outputShape());
                }
                if (nodes.size() > first) {
                    groups.add(new RepeatGroup(sc.prefix + base + ".*", count, first, nodes.size() - 1, st.pos()));
                }
                sc.previous = out;
            }
            if (st.name() != null && out != null) {
                sc.names.put(st.name(), out);
            }
        } catch (ModelError e) {
            findings.add(Finding.error(e.at, e.getMessage()));
        } catch (ArithmeticException | IllegalArgumentException e) {
            findings.add(Finding.error(st.pos(), "cannot analyse this line: " + e.getMessage()));
        }
    }

    private String plainName(Statement st, LayerKind kind, Scope sc) {
        if (st.name() != null) {
            if (sc.names.containsKey(st.name())) {
                throw new ModelError(st.namePos(), "name '" + st.name() + "' is already used");
            }
            return st.name();
        }
        return kind.keyword() + sc.next(kind.keyword(), 1);
    }

    private Node one(Statement st, BlockDef block, LayerKind kind, Scope sc, String local, Poly mult, boolean first) {
        Node in = first && st.arg("from") != null ? ref(st.arg("from").value(), sc) : sc.previous;
        if (block != null) {
            return instance(st, block, sc, local, mult, in);
        }
        List<Node> inputs = new ArrayList<>();
        if (kind.merges()) {
            for (Arg a : st.positionals()) {
                for (Expr e : a.values()) {
                    inputs.add(ref(e, sc));
                }
            }
            if (inputs.size() < kind.minimumInputs()) {
                throw new ModelError(st.kindPos(), kind.minimumInputs() == 1
                        ? kind.keyword() + " needs at least one earlier layer, e.g. '" + kind.keyword() + " a'"
                        : kind.keyword() + " needs at least two earlier layers, e.g. '" + kind.keyword() + " a b'");
            }
        } else {
            inputs.add(in);
        }
        ArgReader a = new ArgReader(st, kind, ev, sc.params, findings);
        LayerParams p = ParamResolver.resolve(kind, a, inputs.get(0).outputShape(), st.kind(), st.kindPos());
        String name = sc.prefix + local;
        Shape out = rules.output(kind, p, inputs.stream().map(Node::outputShape).toList(), name, st.kindPos());
        Node node = add(new Node(nodes.size(), name, kind, p, inputs, out, mult, st.kindPos()));
        sc.names.put(local, node);
        return node;
    }

    private Node instance(Statement st, BlockDef block, Scope sc, String local, Poly mult, Node in) {
        if (!activeBlocks.add(block.name())) {
            throw new ModelError(st.kindPos(), "block '" + block.name() + "' uses itself");
        }
        try {
            Scope inner = new Scope(sc.prefix + local + ".", bind(st, block, sc), in, mult);
            for (Statement bst : block.body()) {
                statement(bst, inner);
            }
            sc.names.put(local, inner.previous);
            return inner.previous;
        } finally {
            activeBlocks.remove(block.name());
        }
    }

    private Map<String, Value> bind(Statement st, BlockDef block, Scope sc) {
        Map<String, Value> values = new LinkedHashMap<>();
        List<Arg> positional = st.positionals();
        for (int i = 0; i < block.params().size(); i++) {
            BlockDef.Param p = block.params().get(i);
            Arg a = st.arg(p.name());
            if (a == null && i < positional.size()) {
                a = positional.get(i);
            }
            if (a != null) {
                values.put(p.name(), ev.eval(a.value(), sc.params));
            } else if (p.defaultValue() != null) {
                values.put(p.name(), ev.eval(p.defaultValue(), values));
            } else {
                throw new ModelError(st.kindPos(), "block '" + block.name() + "' needs " + p.name() + "=...");
            }
        }
        if (positional.size() > block.params().size()) {
            throw new ModelError(positional.get(block.params().size()).pos(), "too many values for block '" + block.name() + "'");
        }
        for (Arg a : st.args()) {
            if (!a.positional() && !values.containsKey(a.key()) && !LayerKind.COMMON_PARAMETERS.contains(a.key())) {
                findings.add(Finding.error(a.keyPos(), "block '" + block.name() + "' has no parameter '" + a.key() + "'"));
            }
        }
        return values;
    }

    private Node ref(Expr e, Scope sc) {
        String name = e.asName();
        Node n = name == null ? null : sc.names.get(name);
        if (n == null && name != null && sc.prefix.isEmpty()) {
            n = byName.get(name);
        }
        if (n == null) {
            throw new ModelError(e.pos(), "no earlier layer named '" + (name == null ? "?" : name) + "'");
        }
        return n;
    }

    private Node add(Node n) {
        budget.layers(nodes.size() + 1, n.pos());
        nodes.add(n);
        byName.put(n.name(), n);
        return n;
    }
}
