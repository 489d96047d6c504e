package nnwb.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nnwb.compute.train.TensorHistogram;
import nnwb.core.json.Json;

/**
 * A run's parameter and gradient histograms over epochs, as {@code histograms.json} in its run folder: one entry
 * per tensor, kind and epoch with its statistics and the bin counts as one string of numbers. Bounded: the compute
 * service histograms at most 64 tensors, and past {@link #MAX_EPOCHS} epochs every second one of the older epochs
 * is dropped (the first and the latest stay), so a long run keeps evenly thinned history: about 50 KB an epoch
 * (380 bytes a histogram) for a 64-tensor network, 5 MB at most.
 */
public final class HistogramLog {

    /** The file in the run folder. */
    public static final String FILE = "histograms.json";
    /** Epochs kept at most. */
    public static final int MAX_EPOCHS = 100;

    private final List<TensorHistogram> entries = new ArrayList<>();

    /** Adds one epoch's histograms (thinning the older epochs past {@link #MAX_EPOCHS}). */
    public synchronized void add(List<TensorHistogram> h) {
        entries.addAll(h);
        TreeSet<Integer> epochs = new TreeSet<>();
        entries.forEach(e -> epochs.add(e.epoch()));
        if (epochs.size() > MAX_EPOCHS) {
            Set<Integer> drop = new java.util.HashSet<>();
            int i = 0;
            for (int e : epochs) {
                if (i % 2 == 1 && e != epochs.last()) {
                    drop.add(e);
                }
                i++;
            }
            entries.removeIf(e -> drop.contains(e.epoch()));
        }
    }

    /** Everything so far, in the order added. */
    public synchronized List<TensorHistogram> entries() {
        return List.copyOf(entries);
    }

    /** The tensors' names ("conv1 W") in the order first seen. */
    public static List<String> tensors(List<TensorHistogram> h) {
        Set<String> names = new LinkedHashSet<>();
        h.forEach(e -> names.add(e.tensor()));
        return List.copyOf(names);
    }

    /** The histograms of one tensor and kind, by epoch. */
    public static List<TensorHistogram> of(List<TensorHistogram> h, String tensor, TensorHistogram.Kind kind) {
        return h.stream().filter(e -> e.tensor().equals(tensor) && e.kind() == kind)
                .sorted(java.util.Comparator.comparingInt(TensorHistogram::epoch)).toList();
    }

    /** Writes {@link #FILE} into {@code folder}, replacing it atomically. */
    public synchronized void write(Path folder) {
        try {
            Path file = folder.resolve(FILE);
            Path tmp = folder.resolve("." + FILE + ".tmp");
            Files.writeString(tmp, Json.write(json(entries)), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + " to " + folder + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> json(List<TensorHistogram> h) {
        Map<String, Object> doc = Json.object();
        doc.put("bins", TensorHistogram.BINS);
        doc.put("maxSample", TensorHistogram.MAX_SAMPLE);
        List<Object> list = new ArrayList<>();
        for (TensorHistogram e : h) {
            Map<String, Object> m = Json.object();
            m.put("layer", e.layer());
            m.put("parameter", e.parameter());
            m.put("kind", e.kind().label());
            m.put("epoch", e.epoch());
            m.put("size", e.size());
            m.put("sampled", e.sampled());
            m.put("nonFinite", e.nonFinite());
            m.put("min", e.min());
            m.put("max", e.max());
            m.put("mean", e.mean());
            m.put("std", e.std());
            StringBuilder counts = new StringBuilder();
            for (long c : e.counts()) {
                counts.append(counts.isEmpty() ? "" : " ").append(c);
            }
            m.put("counts", counts.toString());
            list.add(m);
        }
        doc.put("histograms", list);
        return doc;
    }

    /**
     * The histograms in {@code folder}'s {@link #FILE}; empty when there is none (runs from before histograms).
     *
     * @throws IllegalArgumentException when the file is broken (the message says where)
     */
    public static List<TensorHistogram> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            Object doc = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
            List<TensorHistogram> out = new ArrayList<>();
            if (!(doc instanceof Map<?, ?> d) || !(d.get("histograms") instanceof List<?> list)) {
                throw new IllegalArgumentException("no \"histograms\" list");
            }
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m)) {
                    throw new IllegalArgumentException("entry " + (out.size() + 1) + " is not an object");
                }
                String text = str(m, "counts", out.size());
                String[] parts = text.isBlank() ? new String[0] : text.split(" ");
                long[] counts = new long[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    counts[i] = Long.parseLong(parts[i]);
                }
                out.add(new TensorHistogram(str(m, "layer", out.size()), str(m, "parameter", out.size()),
                        TensorHistogram.Kind.valueOf(str(m, "kind", out.size()).toUpperCase(java.util.Locale.ROOT)),
                        whole(m, "epoch", out.size()).intValue(), whole(m, "size", out.size()).longValue(),
                        whole(m, "sampled", out.size()).longValue(), whole(m, "nonFinite", out.size()).longValue(),
                        num(m, "min"), num(m, "max"), num(m, "mean"), num(m, "std"), counts));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("broken " + file + ": " + e.getMessage(), e);
        }
    }

    private static String str(Map<?, ?> m, String key, int index) {
        if (m.get(key) instanceof String v) {
            return v;
        }
        throw new IllegalArgumentException("entry " + (index + 1) + " has no text \"" + key + "\"");
    }

    private static Number whole(Map<?, ?> m, String key, int index) {
        if (m.get(key) instanceof Number v) {
            return v;
        }
        throw new IllegalArgumentException("entry " + (index + 1) + " has no number \"" + key + "\"");
    }

    /** A statistic; null stands for a value that was not finite. */
    private static double num(Map<?, ?> m, String key) {
        return m.get(key) instanceof Number v ? v.doubleValue() : Double.NaN;
    }
}
