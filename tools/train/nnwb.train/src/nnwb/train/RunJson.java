package nnwb.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nnwb.compute.train.EpochMetrics;
import nnwb.core.json.Json;

/**
 * The JSON of runs, with the keys the issue names (a public interface): a run has {@code epochs} (each
 * {@code epoch}, {@code trainLoss}, {@code trainAccuracy}, {@code valLoss}, {@code valAccuracy}, {@code seconds}),
 * {@code final} ({@code valAccuracy}, {@code valLoss}), {@code peakMemoryBytes}, {@code predictedMemoryBytes},
 * {@code predictedMemoryBytesByConvention} ({@code textbook}, {@code pytorch}, {@code dl4j} for the run's optimizer),
 * {@code examplesPerSecond}; a sweep has {@code runs}, one per cell with those keys and {@code batch},
 * {@code optimizer}, {@code seed}, {@code fits} (cells predicted not to fit are not run: empty epochs, nulls), and
 * (added with issue 22) {@code fitsConvention}, the convention {@code fits} was decided by, and
 * {@code fitsPredictedBytes}, its prediction. Added with issue 29: {@code timings}, where a run's wall time went, in
 * seconds: {@code data} (generating or reading the data), {@code prepare} (that and the engine's analysis),
 * {@code start} (waiting for the compute backend), {@code build}, {@code firstStep}, {@code steps}, {@code evaluate},
 * {@code checkpoint}, {@code histograms}, {@code listeners} (the backend's phases), {@code runFolder} (writing the run
 * folder at the start and end), {@code total}; and instants in milliseconds since 1970: {@code firstStepAt},
 * {@code lastEpochAt} (the last epoch's metrics known), {@code jvmStartAt}. Informational: measured under whatever
 * else the machine did.
 */
public final class RunJson {

    private RunJson() {
    }

    public static Map<String, Object> run(RunResult r) {
        Map<String, Object> m = Json.object();
        List<Object> epochs = new ArrayList<>();
        for (EpochMetrics e : r.epochs()) {
            Map<String, Object> o = Json.object();
            o.put("epoch", (long) e.epoch());
            o.put("trainLoss", e.trainLoss());
            o.put("trainAccuracy", e.trainAccuracy());
            o.put("valLoss", e.valLoss());
            o.put("valAccuracy", e.valAccuracy());
            o.put("seconds", e.seconds());
            epochs.add(o);
        }
        m.put("epochs", epochs);
        Map<String, Object> fin = Json.object();
        fin.put("valAccuracy", r.valAccuracy());
        fin.put("valLoss", r.valLoss());
        m.put("final", r.epochs().isEmpty() ? null : fin);
        m.put("peakMemoryBytes", r.peakMemoryBytes());
        m.put("predictedMemoryBytes", r.prediction().total());
        m.put("predictedMemoryBytesByConvention", new java.util.LinkedHashMap<>(r.prediction().byConvention()));
        m.put("examplesPerSecond", r.examplesPerSecond());
        m.put("timings", new java.util.LinkedHashMap<>(r.timings()));
        return m;
    }

    /** One sweep cell: its coordinates, whether it fits, and the run's keys (nulls when it was not run). */
    public static Map<String, Object> cell(SweepCell cell, RunResult r) {
        return cell(cell, r == null ? null : run(r));
    }

    /** The same from a run's keys as {@link #run} wrote them (a run folder's result.json), or null when not run. */
    public static Map<String, Object> cell(SweepCell cell, Map<?, ?> run) {
        Map<String, Object> m = Json.object();
        m.put("batch", (long) cell.batch());
        m.put("optimizer", cell.optimizer().label());
        m.put("seed", cell.seed());
        m.put("fits", cell.fits());
        m.put("fitsConvention", cell.fitsConvention());
        m.put("fitsPredictedBytes", cell.fitsBytes());
        if (run != null) {
            run.forEach((k, v) -> m.put(String.valueOf(k), v));
        } else {
            m.put("epochs", List.of());
            m.put("final", null);
            m.put("peakMemoryBytes", null);
            m.put("predictedMemoryBytes", cell.predictedBytes());
            m.put("predictedMemoryBytesByConvention", cell.run() == null ? null
                    : new java.util.LinkedHashMap<>(cell.run().prediction().byConvention()));
            m.put("examplesPerSecond", null);
            m.put("timings", null);
        }
        return m;
    }

    public static Map<String, Object> sweep(SweepResult s) {
        Map<String, Object> m = Json.object();
        List<Object> runs = new ArrayList<>();
        for (SweepResult.Entry e : s.entries()) {
            runs.add(cell(e.cell(), e.result()));
        }
        m.put("runs", runs);
        return m;
    }
}
