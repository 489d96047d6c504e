package nnwb.assignment.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nnwb.assignment.SparkGrade;
import nnwb.cli.UsageException;
import nnwb.core.assignment.Assignment;
import nnwb.core.json.Json;
import nnwb.spark.launch.SparkOptions;
import nnwb.spark.launch.SparkLauncher;

/** {@code nnwb grade --spark}: runs or exports the grading through {@link SparkGrade} and prints what came back. */
final class SparkGradeOutput {

    private final SparkLauncher launcher;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;

    SparkGradeOutput(SparkLauncher launcher, PrintWriter out, PrintWriter err, boolean json) {
        this.launcher = launcher;
        this.out = out;
        this.err = err;
        this.json = json;
    }

    /**
     * The grading with a URI among {@code dir}, {@code csv} and {@code feedback} (each a URI or an absolute path): the
     * job reads and writes them through Hadoop's file systems; a sheet on the cluster's storage is not printed here.
     */
    int runStored(Assignment a, String origin, String dir, String csv, String feedback, String master, Path export,
            SparkOptions options) throws UsageException {
        Map<String, String> env = System.getenv();
        SparkGrade grading = new SparkGrade(launcher);
        try {
            Path plugin = SparkGrade.pluginJar(origin);
            if (export != null) {
                exported(export, grading.export(plugin, a.id(), dir, csv, feedback, master, export, options, env));
                return 0;
            }
            Path work = Files.createTempDirectory("nnwb-grade");
            String sheet = csv != null ? csv : work.resolve("grades.csv").toString();
            Path report = work.resolve(SparkGrade.REPORT);
            grading.run(plugin, a.id(), dir, sheet, feedback, report, master, options, env, l -> {
                err.println("  spark: " + l);
                err.flush();
            });
            return reported(report, csv, csv, csv == null ? Path.of(sheet) : null, master, feedback);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalStateException e) {
            return launcher.failed("grade", e.getMessage(), json, out, err);
        } catch (IOException e) {
            throw new IllegalStateException("the Spark grading could not write or read its files: " + e.getMessage(), e);
        }
    }

    private void exported(Path export, Path script) {
        if (json) {
            Map<String, Object> m = Json.object();
            m.put("export", export.toAbsolutePath().toString());
            m.put("script", script.toAbsolutePath().toString());
            out.println(Json.write(m));
        } else {
            out.println("exported to " + export.toAbsolutePath() + ": run " + script.getFileName()
                    + " there on a machine with SPARK_HOME set; grades.csv and feedback/ appear beside it unless given as URIs");
        }
    }

    int run(Assignment a, String origin, Path dir, Path csv, Path feedback, String master, Path export, SparkOptions options)
            throws UsageException {
        Map<String, String> env = System.getenv();
        SparkGrade grading = new SparkGrade(launcher);
        try {
            Path plugin = SparkGrade.pluginJar(origin);
            if (export != null) {
                exported(export, grading.export(plugin, a.id(), dir, master, export, options, env));
                return 0;
            }
            Path work = Files.createTempDirectory("nnwb-grade");
            Path sheet = csv != null ? csv : work.resolve("grades.csv");
            Path report = work.resolve(SparkGrade.REPORT);
            grading.run(plugin, a.id(), dir, sheet, feedback, report, master, options, env, l -> {
                err.println("  spark: " + l);
                err.flush();
            });
            return reported(report, csv == null ? null : csv.toAbsolutePath().toString(), csv == null ? null : csv.toString(),
                    csv == null ? sheet : null, master, String.valueOf(feedback));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalStateException e) {
            return launcher.failed("grade", e.getMessage(), json, out, err);
        } catch (IOException e) {
            throw new IllegalStateException("the Spark grading could not write or read its files: " + e.getMessage(), e);
        }
    }

    /**
     * Prints the job's report: its JSON object with {@code csv} ({@code csvJson}) added under {@code --json};
     * otherwise the sheet itself when it was written to a temporary file ({@code printSheet}, then the notes go to
     * stderr), a summary line and one line per file that could not be graded.
     */
    private int reported(Path report, String csvJson, String csv, Path printSheet, String master, String feedback)
            throws IOException {
        Map<?, ?> r = (Map<?, ?>) Json.parse(Files.readString(report, StandardCharsets.UTF_8));
        if (json) {
            Map<String, Object> m = Json.object();
            r.forEach((k, v) -> m.put(String.valueOf(k), v));
            m.put("csv", csvJson == null ? "" : csvJson);
            out.println(Json.write(m));
            return 0;
        }
        PrintWriter notes = out;
        if (printSheet != null) {
            out.print(Files.readString(printSheet, StandardCharsets.UTF_8));
            notes = err;
        }
        notes.println("graded " + ((Number) r.get("graded")).intValue() + " of " + ((Number) r.get("files")).intValue()
                + " files on Spark (" + master + "); feedback in " + feedback + (csv == null ? "" : "; grades in " + csv));
        for (Object p : (List<?>) r.get("problems")) {
            notes.println("not graded: " + p);
        }
        return 0;
    }
}
