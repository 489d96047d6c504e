package nnwb.assignment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import nnwb.spark.launch.SparkOptions;
import nnwb.spark.launch.SparkPaths;
import nnwb.spark.launch.SparkSubmitLine;
import nnwb.core.assignment.BatchGrader;
import nnwb.spark.launch.SparkLauncher;

/**
 * Grading a folder on a Spark cluster: the job jar grades each answers file as a Spark task with the assignment of
 * the installed plugin's jar, and writes the grade sheet, the feedback files and {@code nnwb grade}'s JSON report;
 * or the job jar, the plugin, the submissions and the exact spark-submit line are exported. The {@link SparkLauncher}
 * service starts Spark.
 */
public final class SparkGrade {

    /** The report the job writes beside the sheet. */
    public static final String REPORT = "grade-report.json";

    private final SparkLauncher launcher;

    /** Gradings launched by {@code launcher}. */
    public SparkGrade(SparkLauncher launcher) {
        this.launcher = launcher;
    }

    /**
     * The jar of the installed bundle {@code symbolicName}.
     *
     * @throws IllegalArgumentException when it is not installed as a jar (a folder cannot be shipped to executors)
     */
    public static Path pluginJar(String symbolicName) {
        Bundle self = FrameworkUtil.getBundle(SparkGrade.class);
        if (self != null) {
            for (Bundle b : self.getBundleContext().getBundles()) {
                if (symbolicName.equals(b.getSymbolicName())) {
                    Path p = location(b.getLocation());
                    if (p != null && Files.isRegularFile(p)) {
                        return p;
                    }
                    throw new IllegalArgumentException("the plugin " + symbolicName + " is not installed as a jar (" + b.getLocation()
                            + "); Spark executors need its jar");
                }
            }
        }
        throw new IllegalArgumentException("the plugin " + symbolicName + " is not installed");
    }

    /** A bundle location as a path: {@code reference:file:...} and {@code file:...}, relative to the install area. */
    static Path location(String loc) {
        String s = loc.startsWith("reference:") ? loc.substring("reference:".length()) : loc;
        if (!s.startsWith("file:")) {
            return null;
        }
        Path p = Path.of(s.substring("file:".length()));
        if (!p.isAbsolute()) {
            String area = System.getProperty("osgi.install.area", "");
            p = Path.of(java.net.URI.create(area.replace(" ", "%20"))).resolve(p);
        }
        return p.normalize();
    }

    private static List<String> args(Path plugin, String id, Path dir, Path csv, Path feedback, Path report) {
        return args(plugin, id, dir.toString(), csv.toString(), feedback.toString(), report);
    }

    private static List<String> args(Path plugin, String id, String dir, String csv, String feedback, Path report) {
        return List.of("grade", "--plugin", plugin.toString(), "--assignment", id, "--dir", dir, "--csv", csv, "--feedback",
                feedback, "--report", report.toString());
    }

    /**
     * Runs the grading on {@code master} (client mode) with the submissions {@code dir}, the sheet {@code csv} and the
     * feedback folder {@code feedback} each an absolute path or a URI of the cluster's storage ({@code hdfs://...},
     * {@code file:...}), which the job reads and writes through Hadoop's file systems; the report comes to
     * {@code report} here.
     *
     * @throws IllegalArgumentException with {@code --deploy-mode cluster}: the plugin jar and the report are here
     */
    public void run(Path plugin, String id, String dir, String csv, String feedback, Path report, String master,
            SparkOptions options, Map<String, String> env, Consumer<String> log) throws IOException {
        requireClient(options);
        SparkSubmitLine line = SparkSubmitLine.of(master, launcher.jobJar(env), args(plugin, id, dir, csv, feedback,
                report.toAbsolutePath()), 0, options, List.of());
        launcher.run(line, env, log, () -> false);
    }

    /**
     * Writes into {@code out} the job jar, the plugin jar, the submissions of {@code dir} under {@code submissions/}
     * unless {@code dir} is a URI (the exported job then reads them there), and {@code submit.sh}, whose job writes the
     * sheet to {@code csv} and the feedback to {@code feedback} when they are URIs, else to {@code grades.csv} and
     * {@code feedback/} beside the script.
     */
    public Path export(Path plugin, String id, String dir, String csv, String feedback, String master, Path out,
            SparkOptions options, Map<String, String> env) throws IOException {
        requireClient(options);
        if (!SparkPaths.isUri(dir)) {
            return export(plugin, id, Path.of(dir), master, out, options, env, uriOr(csv, "grades.csv"), uriOr(feedback, "feedback"));
        }
        Path jar = launcher.jobJar(env);
        Files.createDirectories(out);
        Files.copy(plugin, out.resolve(plugin.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        SparkSubmitLine line = SparkSubmitLine.of(master, Path.of(jar.getFileName().toString()), args(plugin.getFileName(), id,
                dir, uriOr(csv, "grades.csv"), uriOr(feedback, "feedback"), Path.of(REPORT)), 0, options, List.of());
        return launcher.export(line, jar, out);
    }

    private static String uriOr(String location, String beside) {
        return location != null && SparkPaths.isUri(location) ? location : beside;
    }

    private static void requireClient(SparkOptions options) {
        if (options.cluster()) {
            throw new IllegalArgumentException("nnwb grade cannot use --deploy-mode cluster: the plugin jar and the job's report"
                    + " are on this machine; run the driver here (client mode, the default)");
        }
    }

    /** Runs the grading on {@code master}; the job's output lines go to {@code log}; see {@link SparkLauncher#run}. */
    public void run(Path plugin, String id, Path dir, Path csv, Path feedback, Path report, String master,
            Map<String, String> env, Consumer<String> log) throws IOException {
        run(plugin, id, dir, csv, feedback, report, master, SparkOptions.DEFAULT, env, log);
    }

    /**
     * {@link #run(Path, String, Path, Path, Path, Path, String, Map, Consumer)} with the user's Spark settings.
     *
     * @throws IllegalArgumentException with {@code --deploy-mode cluster}: the folders here are on this machine
     */
    public void run(Path plugin, String id, Path dir, Path csv, Path feedback, Path report, String master,
            SparkOptions options, Map<String, String> env, Consumer<String> log) throws IOException {
        options.requireShared("--dir", dir.toString());
        SparkSubmitLine line = SparkSubmitLine.of(master, launcher.jobJar(env), args(plugin, id, dir.toAbsolutePath(),
                csv.toAbsolutePath(), feedback.toAbsolutePath(), report.toAbsolutePath()), 0, options, List.of());
        launcher.run(line, env, log, () -> false);
    }

    /**
     * Writes into {@code out}: the job jar, the plugin jar, the answers files of {@code dir} under
     * {@code submissions/}, and {@code submit.sh}; the grades come to {@code grades.csv} and {@code feedback/} there.
     */
    public Path export(Path plugin, String id, Path dir, String master, Path out, Map<String, String> env)
            throws IOException {
        return export(plugin, id, dir, master, out, SparkOptions.DEFAULT, env);
    }

    /** {@link #export(Path, String, Path, String, Path, Map)} with the user's Spark settings (client mode only). */
    public Path export(Path plugin, String id, Path dir, String master, Path out, SparkOptions options,
            Map<String, String> env) throws IOException {
        return export(plugin, id, dir, master, out, options, env, "grades.csv", "feedback");
    }

    private Path export(Path plugin, String id, Path dir, String master, Path out, SparkOptions options,
            Map<String, String> env, String csv, String feedback) throws IOException {
        options.requireShared("--dir", "submissions");
        Path jar = launcher.jobJar(env);
        Path subs = Files.createDirectories(out.resolve("submissions"));
        for (Path f : BatchGrader.answersFiles(dir)) {
            if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(f, subs.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(plugin, out.resolve(plugin.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        SparkSubmitLine line = SparkSubmitLine.of(master, Path.of(jar.getFileName().toString()), args(plugin.getFileName(), id,
                "submissions", csv, feedback, Path.of(REPORT)), 0, options, List.of());
        return launcher.export(line, jar, out);
    }
}
