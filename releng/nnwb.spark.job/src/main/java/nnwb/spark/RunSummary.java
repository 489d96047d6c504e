package nnwb.spark;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import nnwb.core.json.Json;

/**
 * What a training task sends back to the driver, small whatever the model: the run's name, what became of it, a few
 * final numbers, and why it failed. The run folder itself the task writes under the job's output folder.
 *
 * @param name    the run's folder name
 * @param status  {@value #TRAINED} (by this job), {@value #SKIPPED} (finished by an earlier submission, kept),
 *                or {@value #FAILED}
 * @param metrics final numbers ({@code valAccuracy}, {@code valLoss}, {@code peakMemoryBytes}, {@code examplesPerSecond},
 *                {@code seconds}); empty for a failed run
 * @param problem the one-line reason the run failed, or null
 */
record RunSummary(String name, String status, Map<String, Double> metrics, String problem) implements Serializable {

    static final String TRAINED = "trained";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";

    RunSummary {
        metrics = new LinkedHashMap<>(metrics);
    }

    static RunSummary failed(String name, String problem) {
        return new RunSummary(name, FAILED, Map.of(), problem);
    }

    /** The summary's entry in {@code spark-job.json}. */
    Map<String, Object> json() {
        Map<String, Object> m = Json.object();
        m.put("name", name);
        m.put("status", status);
        m.put("problem", problem);
        metrics.forEach(m::put);
        return m;
    }

    /**
     * The numbers of a finished run's {@code result.json} ({@code nnwb train --json}'s document): its final
     * {@code valAccuracy} and {@code valLoss}, {@code peakMemoryBytes}, {@code examplesPerSecond}.
     */
    static Map<String, Double> metrics(Object result) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (result instanceof Map<?, ?> r) {
            if (r.get("final") instanceof Map<?, ?> f) {
                put(m, "valAccuracy", f.get("valAccuracy"));
                put(m, "valLoss", f.get("valLoss"));
            }
            put(m, "peakMemoryBytes", r.get("peakMemoryBytes"));
            put(m, "examplesPerSecond", r.get("examplesPerSecond"));
        }
        return m;
    }

    private static void put(Map<String, Double> m, String key, Object v) {
        if (v instanceof Number n) {
            m.put(key, n.doubleValue());
        }
    }
}
