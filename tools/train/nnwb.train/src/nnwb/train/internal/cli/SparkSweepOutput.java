package nnwb.train.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnwb.cli.UsageException;
import nnwb.core.json.Json;
import nnwb.spark.launch.SparkOptions;
import nnwb.spark.launch.SparkLauncher;
import nnwb.train.RunJson;
import nnwb.train.SparkSweep;
import nnwb.train.SweepPlan;

/** {@code nnwb sweep --spark}: runs or exports the plan through {@link SparkSweep} and prints what came back. */
final class SparkSweepOutput {

    private final SparkLauncher launcher;
    private final PrintWriter out;
    private final boolean json;
    private final PrintWriter log;

    SparkSweepOutput(SparkLauncher launcher, PrintWriter out, boolean json, PrintWriter err) {
        this.launcher = launcher;
        this.out = out;
        this.json = json;
        this.log = json ? err : out;
    }

    /**
     * Runs the plan into {@code out}, a URI of the cluster's storage ({@code hdfs://...}): the run folders stay there,
     * where this machine cannot read them; the job's summary names them.
     */
    int runStored(SweepPlan plan, Path base, String master, String uri, SparkOptions options) throws UsageException {
        try {
            new SparkSweep(launcher).run(plan, base, master, uri, options, System.getenv(), l -> {
                log.println("  spark: " + l);
                log.flush();
            }, () -> false);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalStateException e) {
            return launcher.failed("sweep", e.getMessage(), json, out, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the specs: " + e.getMessage(), e);
        }
        String summary = uri.replaceAll("/+$", "") + "/" + SparkSweep.SUMMARY;
        if (json) {
            Map<String, Object> m = Json.object();
            m.put("out", uri);
            m.put("summary", summary);
            out.println(Json.write(m));
        } else {
            out.println("the run folders are on the cluster's storage, not on this machine: " + uri + " (the job's summary: "
                    + summary + "); copy them here to import or read them");
        }
        return 0;
    }

    int run(SweepPlan plan, Path base, String master, Path folder, boolean export, SparkOptions options) throws UsageException {
        Map<String, String> env = System.getenv();
        SparkSweep sweep = new SparkSweep(launcher);
        try {
            if (export) {
                exported(folder, sweep.export(plan, base, master, folder, options, env), null);
                return 0;
            }
            sweep.run(plan, base, master, folder.toString(), options, env, l -> {
                log.println("  spark: " + l);
                log.flush();
            }, () -> false);
            print(SparkSweep.read(plan, folder), folder);
            return 0;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalStateException e) {
            return launcher.failed("sweep", e.getMessage(), json, out, log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write or read " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Exports the plan into {@code folder} with a job that writes the run folders to {@code uri} (cluster storage). */
    int exportStored(SweepPlan plan, Path base, String master, Path folder, String uri, SparkOptions options) throws UsageException {
        try {
            exported(folder, new SparkSweep(launcher).export(plan, base, master, folder, uri, options, System.getenv()), uri);
            return 0;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + folder + ": " + e.getMessage(), e);
        }
    }

    private void exported(Path folder, Path script, String uri) throws IOException {
        if (json) {
            Map<String, Object> m = Json.object();
            m.put("export", folder.toAbsolutePath().toString());
            m.put("script", script.toAbsolutePath().toString());
            List<String> lines = java.nio.file.Files.readAllLines(script);
            m.put("command", lines.get(lines.size() - 1));
            out.println(Json.write(m));
        } else if (uri == null) {
            out.println("exported to " + folder.toAbsolutePath() + ": run " + script.getFileName()
                    + " there on a machine with SPARK_HOME set, then import " + folder.resolve("runs"));
        } else {
            out.println("exported to " + folder.toAbsolutePath() + ": run " + script.getFileName()
                    + " there on a machine with SPARK_HOME set; the run folders go to " + uri);
        }
    }

    private void print(List<SparkSweep.Imported> runs, Path folder) {
        if (json) {
            List<Object> cells = new ArrayList<>();
            runs.forEach(r -> cells.add(RunJson.cell(r.cell(), r.run() == null ? null : r.run().result())));
            Map<String, Object> m = Json.object();
            m.put("runs", cells);
            out.println(Json.write(m));
            return;
        }
        for (SparkSweep.Imported r : runs) {
            if (r.run() != null && !r.run().epochs().isEmpty()) {
                Map<String, Double> last = r.run().epochs().get(r.run().epochs().size() - 1);
                out.printf(Locale.ROOT, "  %-22s val acc %.3f  (trained on Spark)%n", r.cell().name(), last.get("valAccuracy"));
            } else {
                out.printf("  %-22s %s%n", r.cell().name(), r.problem());
            }
        }
        out.println("folder " + folder.toAbsolutePath() + " (" + runs.size() + " cells)");
    }
}
