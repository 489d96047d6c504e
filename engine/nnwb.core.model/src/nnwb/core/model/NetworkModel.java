package nnwb.core.model;

import java.util.List;
import java.util.Map;

/**
 * A parsed {@code .nnet} description with the syntax findings. Built by
 * {@link ModelParser}; turned into numbers by {@code nnwb.core.analysis.Analyzer}.
 */
public record NetworkModel(String name, List<SymbolDecl> symbols, InputDecl input, List<Statement> statements,
        Map<String, BlockDef> blocks, List<Finding> findings) {

    public NetworkModel {
        symbols = List.copyOf(symbols);
        statements = List.copyOf(statements);
        blocks = Map.copyOf(blocks);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    /** The declaration of symbol {@code name}, or null. */
    public SymbolDecl symbol(String name) {
        return symbols.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
}
