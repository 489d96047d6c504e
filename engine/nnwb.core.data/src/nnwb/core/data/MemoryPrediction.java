package nnwb.core.data;

import java.util.LinkedHashMap;
import java.util.Map;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.memory.MemoryEstimate;
import nnwb.core.memory.MemoryReport;

/**
 * The analysis engine's training memory for one model, batch and optimizer, by category, in bytes: what the
 * training monitor draws the measured memory against. The total equals {@link MemoryReport#training(int)} at the
 * batch the report was analysed with.
 *
 * @param parameters      parameters and batch-norm buffers
 * @param gradients       one gradient per parameter
 * @param optimizerState  the optimizer's state values
 * @param activations     activations stored for the backward pass, for the whole batch
 * @param batch           the batch size
 * @param optimizer       the optimizer
 * @param byConvention    the total under each named memory convention (textbook, pytorch, dl4j) for this
 *                        optimizer; null for a convention that gives no number for the model, or for an
 *                        optimizer with more than two state values per parameter
 */
public record MemoryPrediction(long parameters, long gradients, long optimizerState, long activations, long batch,
        Optimizer optimizer, Map<String, Long> byConvention) {

    public MemoryPrediction {
        byConvention = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byConvention));
    }

    /** Everything together. */
    public long total() {
        return parameters + gradients + optimizerState + activations;
    }

    /** The fixed part (independent of the batch). */
    public long fixed() {
        return parameters + gradients + optimizerState;
    }

    /**
     * The prediction from a numeric report analysed at the run's batch size.
     *
     * @throws IllegalArgumentException when the report is symbolic or has errors
     */
    public static MemoryPrediction of(AnalysisReport report, Optimizer optimizer) {
        if (report.hasErrors()) {
            throw new IllegalArgumentException("the model has errors: " + report.firstError().message());
        }
        if (report.symbolic()) {
            throw new IllegalArgumentException("the model's sizes are symbolic; give its symbols values");
        }
        MemoryReport m = report.memory();
        int bytes = report.options().dtype().bytes();
        long params = m.params().longValue();
        long buffers = m.buffers().longValue();
        long batch = report.options().effectiveBatch().longValue();
        int slots = Math.min(2, optimizer.stateSlots());
        MemoryEstimate e = m.training(slots);
        MemoryPrediction p = new MemoryPrediction((params + buffers) * bytes, params * bytes,
                (long) optimizer.stateSlots() * params * bytes, batch * m.storedValues().longValue() * bytes, batch, optimizer,
                byConvention(m, optimizer));
        if (optimizer.stateSlots() <= 2 && p.total() != e.totalBytes().longValue()) {
            throw new IllegalStateException("prediction " + p.total() + " B differs from the engine's " + e.totalBytes());
        }
        return p;
    }

    private static Map<String, Long> byConvention(MemoryReport m, Optimizer optimizer) {
        Map<String, Long> totals = new LinkedHashMap<>();
        m.conventions().forEach((name, c) -> totals.put(name, c.available() && optimizer.stateSlots() <= 2
                ? c.training(optimizer.stateSlots()).totalBytes().longValue() : null));
        return totals;
    }
}
