package nnwb.core.bridge.pytorch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nnwb.core.model.Arg;
import nnwb.core.model.BlockDef;
import nnwb.core.model.Expr;
import nnwb.core.model.NetworkModel;
import nnwb.core.model.Statement;

/**
 * Which {@code block} each module path instantiates ({@code layer1.0} is a {@code basic}), found by numbering the
 * statements as the graph builder does ({@code NAME.i}, continued when a name is reused), so that exported classes
 * are named after the blocks they come from. Repeats given by a symbol count as one (the path is then not found
 * and the class takes a name from its path).
 */
final class BlockKinds {

    private final NetworkModel model;
    private final Map<String, String> kinds = new HashMap<>();

    private BlockKinds(NetworkModel model) {
        this.model = model;
    }

    static Map<String, String> of(NetworkModel model) {
        BlockKinds b = new BlockKinds(model);
        b.scope("", model.statements(), 0);
        return b.kinds;
    }

    private void scope(String prefix, List<Statement> statements, int depth) {
        if (depth > 32) {
            return;
        }
        Map<String, Integer> counters = new HashMap<>();
        for (Statement st : statements) {
            BlockDef block = model.blocks().get(st.kind());
            Arg rep = st.arg("repeat");
            if (block == null && rep == null) {
                continue;
            }
            String base = st.name() != null ? st.name() : block != null ? block.name() : st.kind();
            long copies = rep != null && rep.value() instanceof Expr.Num n && n.value().isInteger() ? n.value().numerator().longValue() : 1;
            for (long i = 0; i < copies && i < 10_000; i++) {
                int k = counters.merge(base, 1, Integer::sum) - 1;
                if (block != null) {
                    String path = prefix + base + "." + k;
                    kinds.put(path, block.name());
                    scope(path + ".", block.body(), depth + 1);
                }
            }
        }
    }
}
