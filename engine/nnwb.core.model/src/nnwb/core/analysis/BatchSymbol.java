package nnwb.core.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.List;

import nnwb.core.graph.SymbolTable;
import nnwb.core.model.Finding;
import nnwb.core.model.NetworkModel;
import nnwb.core.model.Pos;
import nnwb.core.symbolic.Poly;

/**
 * The symbol {@code n} is the batch size, as in the coursework's notation ({@code n·K²·L}): a value given
 * for {@code n} ({@code --set n=64}, or {@code n=64} in the Symbols field) sets the batch, unless the
 * network declares a symbol of that name itself.
 */
final class BatchSymbol {

    private BatchSymbol() {
    }

    static AnalysisOptions apply(NetworkModel model, AnalysisOptions options, List<Finding> findings) {
        Poly n = options.values().get(SymbolTable.BATCH);
        if (n == null || model.symbol(SymbolTable.BATCH) != null) {
            return options;
        }
        Map<String, Poly> rest = new HashMap<>(options.values());
        rest.remove(SymbolTable.BATCH);
        if (options.batch() != null && !options.batch().equals(n)) {
            findings.add(Finding.error(Pos.START, "n is the batch size: --set n=" + n + " contradicts --batch " + options.batch()));
            return new AnalysisOptions(rest, options.symbolic(), options.batch(), options.dtype());
        }
        if (!n.isConstant() || n.constant().signum() <= 0) {
            findings.add(Finding.error(Pos.START, "n is the batch size and must be a positive integer, got " + n));
            return new AnalysisOptions(rest, options.symbolic(), options.batch(), options.dtype());
        }
        return new AnalysisOptions(rest, options.symbolic(), n, options.dtype());
    }
}
