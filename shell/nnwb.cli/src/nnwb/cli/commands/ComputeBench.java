package nnwb.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;
import nnwb.compute.bench.BenchOptions;
import nnwb.compute.bench.BenchRow;
import nnwb.core.json.Json;

/**
 * Runs the benchmark through the {@link ComputeService} and turns its rows into JSON-ready maps.
 */
final class ComputeBench {

    private ComputeBench() {
    }

    static Map<String, Object> run(ComputeService s, List<String> models, List<Integer> batches, int images, int epochs) {
        BenchOptions options = new BenchOptions(models, batches, images, epochs);
        ComputeStatus st = s.start().toCompletableFuture().join();
        if (!st.isReady()) {
            throw new IllegalStateException("compute backend not available: " + st.reason());
        }
        List<BenchRow> rows = s.benchmark(options);
        Map<String, Object> out = Json.object();
        out.put("backend", st.backend().name());
        out.put("threads", (long) st.backend().device().threads());
        out.put("accelerated", st.backend().accelerated());
        out.put("device", st.backend().device().name());
        out.put("images", (long) images);
        out.put("epochs", (long) epochs);
        List<Object> list = new ArrayList<>();
        for (BenchRow r : rows) {
            Map<String, Object> m = Json.object();
            m.put("model", r.model());
            m.put("phase", r.phase());
            m.put("batch", (long) r.batch());
            m.put("imagesPerSecond", r.imagesPerSecond());
            list.add(m);
        }
        out.put("rows", list);
        return out;
    }
}
