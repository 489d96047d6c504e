package nnwb.cli.commands;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nnwb.cli.Args;
import nnwb.cli.Cli;
import nnwb.cli.Command;
import nnwb.cli.UsageException;
import nnwb.core.json.Json;

/**
 * {@code nnwb bench [--json]}: the compute service's speed benchmark (training and inference
 * images/s of the edge CNN and a small ResNet). The service is found through OSGi by
 * {@link ComputeBench}, so this class loads without the compute feature installed.
 */
public final class BenchCommand implements Command, Cli.SwitchesAware {

    @Override
    public Set<String> switches() {
        return Set.of("engine");
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "speed of the compute backend: training and inference images/s";
    }

    @Override
    public String usage() {
        return "Usage: nnwb bench [--models edge-cnn,small-resnet] [--batches 64,256] [--images N] [--epochs N] [--json]\n"
                + "       nnwb bench --engine [--json]\n"
                + "--engine times the analysis engine instead (parse + analysis of ResNet-18/50/152 and VGG-16,\n"
                + "200 warm-up and 101 measured runs each; JSON key \"engine\": rows with medianMs).\n"
                + "Trains and runs the edge CNN (28x28x1) and a small ResNet (32x32x3) on synthetic images with the\n"
                + "compute service and prints the median images/s after one warm-up epoch (defaults: 2048 images,\n"
                + "5 epochs). releng/bench/compare runs the same models in PyTorch and prints the ratio.\n";
    }

    @Override
    public int run(Args args, PrintStream out) throws UsageException {
        args.allowOnly(Set.of("models", "batches", "images", "epochs", "engine"));
        if (args.has("engine")) {
            return engine(args, out);
        }
        if (!args.positionals().isEmpty()) {
            throw new UsageException("takes no arguments, got '" + args.positionals().get(0) + "'");
        }
        String models = args.value("models") == null ? "edge-cnn,small-resnet" : args.value("models");
        List<Integer> batches = new ArrayList<>();
        for (String b : (args.value("batches") == null ? "64,256" : args.value("batches")).split(",")) {
            try {
                batches.add(Integer.valueOf(b.trim()));
            } catch (NumberFormatException e) {
                throw new UsageException("--batches expects integers, got '" + b + "'");
            }
        }
        int images = (int) args.longValue("images", 2048);
        int epochs = (int) args.longValue("epochs", 5);
        Map<String, Object> result;
        try {
            result = ComputeBench.run(List.of(models.split(",")), batches, images, epochs);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("the compute service is not installed (feature nnwb.compute.feature)");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (args.json()) {
            out.println(Json.write(result));
        } else {
            out.println("backend: " + result.get("backend"));
            for (Object o : (List<?>) result.get("rows")) {
                Map<?, ?> r = (Map<?, ?>) o;
                out.printf("%-13s %-9s batch %4s  %10.1f images/s%n", r.get("model"), r.get("phase"), r.get("batch"),
                        (Double) r.get("imagesPerSecond"));
            }
        }
        return 0;
    }

    private static int engine(Args args, PrintStream out) {
        List<Map<String, Object>> rows = EngineBench.run(200, 101);
        if (args.json()) {
            Map<String, Object> result = Json.object();
            result.put("engine", rows);
            out.println(Json.write(result));
        } else {
            for (Map<String, Object> r : rows) {
                out.printf("%-10s median %8.3f ms  (min %.3f, max %.3f, %s runs)%n", r.get("model"), r.get("medianMs"),
                        r.get("minMs"), r.get("maxMs"), r.get("runs"));
            }
        }
        return 0;
    }
}
