package nnwb.model.ui.internal.summary;

import java.util.ArrayList;
import java.util.List;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.memory.DType;
import nnwb.core.symbolic.Poly;

/**
 * The summary view's option fields (batch size, storage type, symbol values, symbolic mode) read into engine
 * {@link AnalysisOptions}. Display-free; bad text becomes a message naming the field, never an exception.
 */
public final class SummaryOptions {

    private SummaryOptions() {
    }

    /** The options, or the problems with the fields (field name, message). */
    public record Result(AnalysisOptions options, List<String[]> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param batch   a positive whole number, or a symbol name such as {@code n}; empty means the default
     * @param dtype   a {@link DType} label (fp32, fp16, bf16, fp8)
     * @param symbols {@code NAME=VALUE} pairs separated by spaces or commas
     */
    public static Result read(String batch, String dtype, String symbols, boolean symbolic) {
        List<String[]> problems = new ArrayList<>();
        AnalysisOptions o = symbolic ? AnalysisOptions.symbolicMode() : AnalysisOptions.defaults();
        DType d = dtype == null ? null : parseDType(dtype);
        if (d == null) {
            problems.add(new String[] {"dtype", "unknown storage type '" + dtype + "' (fp32, fp16, bf16, fp8)"});
        } else {
            o = o.withDtype(d);
        }
        String b = batch == null ? "" : batch.trim();
        if (!b.isEmpty()) {
            if (b.matches("\\d+")) {
                long n = Long.parseLong(b);
                if (n < 1) {
                    problems.add(new String[] {"batch", "batch size must be at least 1"});
                } else {
                    o = o.withBatch(n);
                }
            } else if (b.matches("[A-Za-z_]\\w*")) {
                o = o.withBatch(Poly.var(b));
            } else {
                problems.add(new String[] {"batch", "batch size '" + b + "' is not a number or a symbol name"});
            }
        }
        for (String pair : (symbols == null ? "" : symbols).trim().split("[\\s,]+")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", 2);
            if (kv.length != 2 || !kv[0].matches("[A-Za-z_]\\w*") || !kv[1].matches("\\d+")) {
                problems.add(new String[] {"symbols", "'" + pair + "' is not NAME=VALUE with a whole number"});
            } else {
                o = o.with(kv[0], Long.parseLong(kv[1]));
            }
        }
        return new Result(o, problems);
    }

    private static DType parseDType(String s) {
        for (DType d : DType.values()) {
            if (d.label().equalsIgnoreCase(s.trim())) {
                return d;
            }
        }
        return null;
    }
}
