package nnwb.train;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import nnwb.compute.net.Network;
import nnwb.compute.train.EpochMetrics;
import nnwb.compute.train.IterationMetrics;
import nnwb.core.data.MemoryPrediction;
import nnwb.core.data.RunConfig;
import nnwb.core.data.RunConfigJson;
import nnwb.core.json.Json;
import nnwb.core.report.Csv;

/**
 * A run's folder: {@code run.nnrun} (the configuration), {@code metrics.csv} (one row per epoch),
 * {@code iterations.csv} (one row per step), {@code memory.csv} (the samples), {@code confusion.csv} (the last
 * validation confusion matrix), {@code histograms.json} (parameter and gradient histograms per epoch,
 * {@link HistogramLog}), {@code prediction.json} (the engine's memory by category), {@code result.json} (the
 * run's JSON as {@code nnwb train --json} prints it), {@code model.zip} (the final model, DL4J's format) and
 * {@code status} ({@code running}, then {@code finished} or {@code interrupted}). The configuration is written at the
 * start, the metrics after every epoch and a model checkpoint after the first epoch and then at most every
 * {@link TrainingRunner#CHECKPOINT_PERIOD}, so a run killed at any time keeps its finished epochs' metrics. CSV goes
 * through {@link Csv}.
 */
public final class RunFolder {

    public static final String CONFIG = "run.nnrun";
    public static final String METRICS = "metrics.csv";
    public static final String ITERATIONS = "iterations.csv";
    public static final String MEMORY = "memory.csv";
    public static final String CONFUSION = "confusion.csv";
    public static final String PREDICTION = "prediction.json";
    public static final String RESULT = "result.json";
    public static final String MODEL = "model.zip";
    /** One word: {@code running} from the start, {@code finished} or {@code interrupted} at the end. */
    public static final String STATUS = "status";

    static final List<String> METRIC_COLUMNS = List.of("epoch", "iteration", "trainLoss", "trainAccuracy", "valLoss",
            "valAccuracy", "seconds", "wallSeconds", "examplesPerSecond");
    static final List<String> ITERATION_COLUMNS = List.of("iteration", "epoch", "loss", "examples", "seconds",
            "examplesPerSecond", "backendBytes");

    private RunFolder() {
    }

    /** Creates the folder and marks the run as running, before the first step; a folder that cannot be written fails now. */
    public static void started(Path folder, RunConfig config) {
        try {
            Files.createDirectories(folder);
            replace(folder.resolve(CONFIG), RunConfigJson.write(config).getBytes(StandardCharsets.UTF_8));
            replace(folder.resolve(STATUS), "running\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * After an epoch: the metrics so far and, when {@code net} is not null, the model as trained so far
     * ({@link #MODEL}), each replaced atomically, so that a run killed at any time keeps its finished epochs.
     */
    public static void checkpoint(Path folder, RunConfig config, List<EpochMetrics> epochs, Network net) {
        try {
            replace(folder.resolve(METRICS), metrics(epochs).getBytes(StandardCharsets.UTF_8));
            if (net == null) {
                return;
            }
            Path tmp = folder.resolve("." + MODEL + ".tmp");
            net.save(tmp);
            Files.move(tmp, folder.resolve(MODEL), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the checkpoint to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code bytes} under a temporary name beside {@code file}, then renames it over {@code file}. */
    private static void replace(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String metrics(List<EpochMetrics> epochs) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(METRIC_COLUMNS);
        for (EpochMetrics e : epochs) {
            rows.add(List.of(Long.toString(e.epoch()), Long.toString(e.iteration()), num(e.trainLoss()), num(e.trainAccuracy()),
                    num(e.valLoss()), num(e.valAccuracy()), num(e.seconds()), num(e.wallSeconds()), num(e.examplesPerSecond())));
        }
        return Csv.of(rows);
    }

    /** Writes everything; the model through {@code net} (may be null: no model file). */
    public static void write(Path folder, PreparedRun p, RunResult r, List<IterationMetrics> iterations,
            List<MemorySample> memory, Network net) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(CONFIG), RunConfigJson.write(r.config()), StandardCharsets.UTF_8);
            replace(folder.resolve(METRICS), metrics(r.epochs()).getBytes(StandardCharsets.UTF_8));
            List<List<String>> rows = new ArrayList<>();
            rows.add(ITERATION_COLUMNS);
            for (IterationMetrics m : iterations) {
                rows.add(List.of(Long.toString(m.iteration()), Long.toString(m.epoch()), num(m.loss()), Long.toString(m.examples()),
                        num(m.seconds()), num(m.examplesPerSecond()), Long.toString(m.backendBytes())));
            }
            Files.writeString(folder.resolve(ITERATIONS), Csv.of(rows), StandardCharsets.UTF_8);
            rows = new ArrayList<>();
            rows.add(List.of("seconds", "heapBytes", "offHeapBytes", "workspaceBytes", "arrayBytes", "deviceBytes"));
            for (MemorySample s : memory) {
                rows.add(List.of(num(s.seconds()), Long.toString(s.heapBytes()), Long.toString(s.offHeapBytes()),
                        Long.toString(s.workspaceBytes()), Long.toString(s.arrayBytes()), Long.toString(s.deviceBytes())));
            }
            Files.writeString(folder.resolve(MEMORY), Csv.of(rows), StandardCharsets.UTF_8);
            if (r.last() != null) {
                Files.writeString(folder.resolve(CONFUSION), confusion(r.last().confusion(), p.dataset().classNames()),
                        StandardCharsets.UTF_8);
            }
            Files.writeString(folder.resolve(PREDICTION), Json.write(prediction(p.prediction())), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(RESULT), Json.write(RunJson.run(r)), StandardCharsets.UTF_8);
            if (net != null) {
                Path tmp = folder.resolve("." + MODEL + ".tmp");
                net.save(tmp);
                Files.move(tmp, folder.resolve(MODEL), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            replace(folder.resolve(STATUS), ((r.cancelled() ? "interrupted" : "finished") + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run folder " + folder + ": " + e.getMessage(), e);
        }
    }

    static String confusion(long[][] cm, List<String> names) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add("true \\ predicted");
        head.addAll(names);
        rows.add(head);
        for (int i = 0; i < cm.length; i++) {
            List<String> row = new ArrayList<>();
            row.add(names.get(i));
            for (long v : cm[i]) {
                row.add(Long.toString(v));
            }
            rows.add(row);
        }
        return Csv.of(rows);
    }

    static Map<String, Object> prediction(MemoryPrediction p) {
        Map<String, Object> m = Json.object();
        m.put("parameters", p.parameters());
        m.put("gradients", p.gradients());
        m.put("optimizerState", p.optimizerState());
        m.put("activations", p.activations());
        m.put("total", p.total());
        m.put("batch", p.batch());
        m.put("optimizer", p.optimizer().label());
        return m;
    }

    static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6g", v) : "";
    }

    /** A run folder read back: the configuration, the per-epoch and per-step rows, the result document. */
    public record Record(Path folder, RunConfig config, List<Map<String, Double>> epochs, List<Map<String, Double>> iterations,
            Map<?, ?> result) {

        /** The run's name, or the folder's. */
        public String name() {
            return config.name().isBlank() ? folder.getFileName().toString() : config.name();
        }
    }

    /**
     * Reads a run folder.
     *
     * @throws IllegalArgumentException when it is not one (the message says what is missing or broken)
     */
    public static Record read(Path folder) {
        try {
            Path cfg = folder.resolve(CONFIG);
            if (!Files.isRegularFile(cfg)) {
                throw new IllegalArgumentException(folder + " is not a run folder (no " + CONFIG + ")");
            }
            RunConfig c = RunConfigJson.read(Files.readString(cfg, StandardCharsets.UTF_8));
            Map<?, ?> result = Files.isRegularFile(folder.resolve(RESULT))
                    ? (Map<?, ?>) Json.parse(Files.readString(folder.resolve(RESULT), StandardCharsets.UTF_8)) : Map.of();
            return new Record(folder, c, rows(folder.resolve(METRICS)), rows(folder.resolve(ITERATIONS)), result);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<Map<String, Double>> rows(Path csv) throws IOException {
        List<Map<String, Double>> out = new ArrayList<>();
        if (!Files.isRegularFile(csv)) {
            return out;
        }
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                Map<String, Double> row = new java.util.LinkedHashMap<>();
                for (Map.Entry<String, String> e : rec.toMap().entrySet()) {
                    try {
                        row.put(e.getKey(), e.getValue().isEmpty() ? Double.NaN : Double.parseDouble(e.getValue()));
                    } catch (NumberFormatException x) {
                        row.put(e.getKey(), Double.NaN);
                    }
                }
                out.add(row);
            }
        }
        return out;
    }

    /** Every run's per-epoch rows in one CSV, a {@code run} column first: runs exported together. */
    public static String export(List<Record> runs) {
        List<List<String>> rows = new ArrayList<>();
        List<String> head = new ArrayList<>();
        head.add("run");
        head.addAll(METRIC_COLUMNS);
        rows.add(head);
        for (Record r : runs) {
            for (Map<String, Double> e : r.epochs()) {
                List<String> row = new ArrayList<>();
                row.add(r.name());
                for (String col : METRIC_COLUMNS) {
                    Double v = e.get(col);
                    row.add(v == null ? "" : num(v));
                }
                rows.add(row);
            }
        }
        return Csv.of(rows);
    }

    /** A fresh folder name under {@code parent} for a run called {@code name}: safe characters, a time stamp. */
    public static Path fresh(Path parent, String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        String stamp = java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path p = parent.resolve((safe.isEmpty() ? "run" : safe) + "-" + stamp);
        for (int i = 2; Files.exists(p); i++) {
            p = parent.resolve((safe.isEmpty() ? "run" : safe) + "-" + stamp + "-" + i);
        }
        return p;
    }
}
