package nnwb.cli.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;
import nnwb.compute.bench.BenchOptions;
import nnwb.compute.bench.BenchRow;
import nnwb.core.json.Json;

/**
 * Runs the benchmark through the {@link ComputeService} registered in OSGi and turns its rows
 * into JSON-ready maps. The only class of the CLI that touches compute types (optional import).
 */
final class ComputeBench {

    private ComputeBench() {
    }

    static Map<String, Object> run(List<String> models, List<Integer> batches, int images, int epochs) {
        BenchOptions options = new BenchOptions(models, batches, images, epochs);
        ComputeService s = service();
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

    private static ComputeService service() {
        Bundle self = FrameworkUtil.getBundle(ComputeBench.class);
        BundleContext ctx = self == null ? null : self.getBundleContext();
        if (ctx == null) {
            throw new IllegalStateException("not running inside OSGi");
        }
        ServiceTracker<ComputeService, ComputeService> t = new ServiceTracker<>(ctx, ComputeService.class, null);
        t.open();
        try {
            ComputeService s = t.waitForService(TimeUnit.SECONDS.toMillis(10));
            if (s == null) {
                throw new IllegalStateException("no compute service registered (is nnwb.compute.feature installed?)");
            }
            return s;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
