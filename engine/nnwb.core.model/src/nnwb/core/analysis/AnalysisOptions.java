package nnwb.core.analysis;

import nnwb.core.memory.DType;
import nnwb.core.graph.SymbolTable;

import java.util.Map;
import nnwb.core.symbolic.Poly;

/**
 * What to analyse with: symbol values ({@code --set}), whether symbols without a
 * given value stay symbolic even when they have defaults, the batch size
 * (null: 1, or the symbol {@code n} in symbolic mode) and the storage type.
 */
public record AnalysisOptions(Map<String, Poly> values, boolean symbolic, Poly batch, DType dtype) {

    public AnalysisOptions {
        values = Map.copyOf(values);
    }

    /** Defaults of the file, batch 1, fp32. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(Map.of(), false, null, DType.FP32);
    }

    /** Every symbol without a given value stays a symbol; the batch is {@code n}. */
    public static AnalysisOptions symbolicMode() {
        return new AnalysisOptions(Map.of(), true, null, DType.FP32);
    }

    public AnalysisOptions with(String symbol, long value) {
        java.util.HashMap<String, Poly> m = new java.util.HashMap<>(values);
        m.put(symbol, Poly.of(value));
        return new AnalysisOptions(m, symbolic, batch, dtype);
    }

    public AnalysisOptions withBatch(Poly b) {
        return new AnalysisOptions(values, symbolic, b, dtype);
    }

    public AnalysisOptions withBatch(long b) {
        return withBatch(Poly.of(b));
    }

    public AnalysisOptions withDtype(DType d) {
        return new AnalysisOptions(values, symbolic, batch, d);
    }

    /** The batch size used: the given one, else {@code n} in symbolic mode, else 1. */
    public Poly effectiveBatch() {
        return batch != null ? batch : symbolic ? Poly.var(SymbolTable.BATCH) : Poly.ONE;
    }
}
