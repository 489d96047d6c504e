package nnwb.core.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.templates.Templates;
import org.junit.jupiter.api.Test;

/**
 * The {@code pytorch} convention against PyTorch's own count: {@code pytorch-measured.csv} is the output of
 * {@code releng/bench/pytorch_memory.py} (torch 1.13, saved_tensors_hooks, storages once, plus parameters,
 * buffers, gradients and optimizer state after a real step), recorded for every template at batches 1, 16
 * and 64. Each prediction must be within 5% of the measurement; the table is written to
 * {@code target/pytorch-vs-measured.md} for BENCHMARKS.md.
 */
class PyTorchOracleTest {

    private static final String[] OPTIMIZERS = {"sgd", "momentum", "adam"};

    @Test
    void everyTemplateIsWithinFivePercentOfWhatPyTorchKeeps() throws IOException {
        List<String> lines = measured();
        assertFalse(lines.isEmpty());
        List<String> header = Arrays.asList(lines.get(0).split(","));
        StringBuilder table = new StringBuilder("| template | batch | optimizer | textbook | pytorch predicted | pytorch measured | predicted / measured |\n"
                + "|---|---:|---|---:|---:|---:|---:|\n");
        List<String> failures = new ArrayList<>();
        List<String> covered = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",");
            String template = c[0];
            long batch = Long.parseLong(c[1]);
            AnalysisReport r = Analyzer.analyze(Templates.text(template), AnalysisOptions.defaults().withBatch(batch));
            assertFalse(r.hasErrors(), template);
            covered.add(template);
            assertEquals(Long.parseLong(c[header.indexOf("params")]), r.memory().params().longValue() * 4,
                    template + ": the PyTorch model has other parameters than the template");
            for (int k = 0; k < 3; k++) {
                long measured = Long.parseLong(c[header.indexOf(OPTIMIZERS[k])]);
                long predicted = r.memory().convention(PyTorchConvention.NAME).training(k).totalBytes().longValue();
                long textbook = r.memory().training(k).totalBytes().longValue();
                double ratio = (double) predicted / measured;
                table.append(String.format(Locale.ROOT, "| %s | %d | %s | %,d | %,d | %,d | %.4f |%n", template, batch, OPTIMIZERS[k],
                        textbook, predicted, measured, ratio));
                if (Math.abs(ratio - 1) > 0.05) {
                    failures.add(template + " batch " + batch + " " + OPTIMIZERS[k] + ": " + predicted + " predicted, " + measured + " measured");
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/pytorch-vs-measured.md"), table);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        List<String> missing = Templates.names().stream().filter(t -> !covered.contains(t)).toList();
        assertTrue(missing.isEmpty(), "templates without a measurement: " + missing);
    }

    private static List<String> measured() throws IOException {
        try (InputStream s = PyTorchOracleTest.class.getResourceAsStream("pytorch-measured.csv")) {
            return new String(s.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
