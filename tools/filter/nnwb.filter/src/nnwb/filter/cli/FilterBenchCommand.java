package nnwb.filter.cli;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.compute.TensorOperations;
import nnwb.core.json.Json;
import nnwb.filter.FilterTimings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code nnwb filter-bench}: how long one filtering of a gray image takes, per kernel size and path. */
@Component(service = Command.class)
@CommandLine.Command(name = "filter-bench", description = "speed of image filtering: compute service and the preview path",
        footer = {"",
                "Filters a SIZE x SIZE gray scene with random k x k kernels (zero padding (k-1)/2, stride 1) and prints",
                "the median and minimum milliseconds over RUNS runs after 5 warm-up runs, per path:",
                "  compute   the canvas's compute path: pad in Java, correlate on the compute service (ND4J), copy back;",
                "  convolve  the compute service's convolve call alone, on tensors made beforehand;",
                "  preview   the plain-Java path the canvas uses while a kernel is being painted.",
                "Targets (issue 10): 3x3 under 16 ms and 7x7 under 40 ms on 512 x 512.",
                "The start script runs commands with the client compiler only; NNWB_VMARGS=-XX:TieredStopAtLevel=4",
                "measures with the full JIT, as the workbench runs.",
                "",
                "JSON (--json): {\"size\", \"runs\", \"date\", \"processors\", \"loadAverage\", \"rows\": [{\"kernel\",",
                "  \"path\", \"medianMs\", \"minMs\", \"targetMs\"}]}.",
                "Exit codes: 0 ok, 2 bad input, 1 the compute service failed."})
public final class FilterBenchCommand extends CommandBase {

    @Option(names = "--size", paramLabel = "N", description = "image side (default 512)")
    private int size = 512;
    @Option(names = "--kernels", paramLabel = "LIST", description = "kernel sides (default 3,7)")
    private String kernels = "3,7";
    @Option(names = "--runs", paramLabel = "N", description = "measured runs per case (default 30)")
    private int runs = 30;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TensorOperations tensors;

    /** For Declarative Services. */
    public FilterBenchCommand() {
    }

    /** Over the given service (tests). */
    public FilterBenchCommand(TensorOperations tensors) {
        this.tensors = tensors;
    }

    @Override
    public Integer call() throws UsageException {
        if (size < 16 || size > 2048) {
            throw new UsageException("--size must be in 16..2048, got " + size);
        }
        if (runs < 1 || runs > 1000) {
            throw new UsageException("--runs must be in 1..1000, got " + runs);
        }
        List<Integer> sides = new ArrayList<>();
        for (String s : kernels.split(",")) {
            try {
                int k = Integer.parseInt(s.strip());
                if (k < 1 || k > 15) {
                    throw new UsageException("--kernels: each side must be in 1..15, got " + k);
                }
                sides.add(k);
            } catch (NumberFormatException e) {
                throw new UsageException("--kernels expects whole numbers separated by commas, got '" + s + "'");
            }
        }
        TensorOperations t = tensors;
        if (t == null) {
            throw new IllegalStateException("the compute service is not installed (feature nnwb.compute.feature)");
        }
        List<FilterTimings.Row> rows = new FilterTimings(t, size, runs).measure(sides);
        Map<String, Object> json = Json.object();
        json.put("size", size);
        json.put("runs", runs);
        json.put("date", LocalDate.now().toString());
        json.put("processors", Runtime.getRuntime().availableProcessors());
        json.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        json.put("rows", rows.stream().map(FilterTimings.Row::toJson).toList());
        if (json()) {
            out().println(Json.write(json));
        } else {
            out().printf("%d x %d gray, %d runs, %s, load average %.2f on %d processors%n", size, size, runs, json.get("date"),
                    (Double) json.get("loadAverage"), (Integer) json.get("processors"));
            for (FilterTimings.Row r : rows) {
                out().printf("%2dx%-2d %-9s median %8.2f ms  min %8.2f ms%s%n", r.kernel(), r.kernel(), r.path(), r.medianMs(),
                        r.minMs(), r.targetMs() == null ? "" : "  (target " + r.targetMs() + " ms)");
            }
        }
        return 0;
    }
}
