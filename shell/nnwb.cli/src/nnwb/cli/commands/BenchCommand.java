package nnwb.cli.commands;

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
import nnwb.compute.ComputeService;
import nnwb.core.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code nnwb bench [--json]}: the compute service's speed benchmark (training and inference
 * images/s of the edge CNN and a small ResNet), or with {@code --engine} the analysis engine's.
 */
@Component(service = Command.class)
@CommandLine.Command(name = "bench", description = "speed of the compute backend: training and inference images/s",
        footer = {"",
                "Trains and runs the edge CNN (28x28x1) and a small ResNet (32x32x3) on synthetic images with the",
                "compute service and prints the median images/s after one warm-up epoch.",
                "releng/bench/compare runs the same models in PyTorch and prints the ratio.",
                "--engine times the analysis engine instead (parse + analysis of ResNet-18/50/152 and VGG-16,",
                "200 warm-up and 101 measured runs each; JSON key \"engine\": rows with medianMs)."})
public final class BenchCommand extends CommandBase {

    @Option(names = "--models", paramLabel = "LIST", description = "models to run (default edge-cnn,small-resnet)")
    private String models = "edge-cnn,small-resnet";
    @Option(names = "--batches", paramLabel = "LIST", description = "batch sizes (default 64,256)")
    private String batches = "64,256";
    @Option(names = "--images", paramLabel = "N", description = "images per epoch (default 2048)")
    private int images = 2048;
    @Option(names = "--epochs", paramLabel = "N", description = "epochs, the first one warm-up (default 5)")
    private int epochs = 5;
    @Option(names = "--engine", description = "time the analysis engine instead of the compute backend")
    private boolean engine;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComputeService compute;

    /** For Declarative Services. */
    public BenchCommand() {
    }

    /** Over the given service, or none (tests). */
    public BenchCommand(ComputeService compute) {
        this.compute = compute;
    }

    @Override
    public Integer call() throws UsageException {
        if (engine) {
            return engine();
        }
        List<Integer> sizes = new ArrayList<>();
        for (String b : batches.split(",")) {
            try {
                sizes.add(Integer.valueOf(b.trim()));
            } catch (NumberFormatException e) {
                throw new UsageException("--batches expects integers, got '" + b + "'");
            }
        }
        ComputeService service = compute;
        if (service == null) {
            throw new IllegalStateException("the compute service is not installed (feature nnwb.compute.feature)");
        }
        Map<String, Object> result;
        try {
            result = ComputeBench.run(service, List.of(models.split(",")), sizes, images, epochs);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (json()) {
            out().println(Json.write(result));
        } else {
            out().println("backend: " + result.get("backend"));
            for (Object o : (List<?>) result.get("rows")) {
                Map<?, ?> r = (Map<?, ?>) o;
                out().printf("%-13s %-9s batch %4s  %10.1f images/s%n", r.get("model"), r.get("phase"), r.get("batch"),
                        (Double) r.get("imagesPerSecond"));
            }
        }
        return 0;
    }

    private int engine() {
        List<Map<String, Object>> rows = EngineBench.run(200, 101);
        if (json()) {
            Map<String, Object> result = Json.object();
            result.put("engine", rows);
            out().println(Json.write(result));
        } else {
            for (Map<String, Object> r : rows) {
                out().printf("%-10s median %8.3f ms  (min %.3f, max %.3f, %s runs)%n", r.get("model"), r.get("medianMs"),
                        r.get("minMs"), r.get("maxMs"), r.get("runs"));
            }
        }
        return 0;
    }
}
