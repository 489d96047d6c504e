package nnwb.assignment.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nnwb.assignment.Assignments;
import nnwb.assignment.GradeReport;
import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.BatchReport;
import nnwb.core.assignment.GradeCsv;
import nnwb.core.assignment.GradeRow;
import nnwb.core.assignment.IdSource;
import nnwb.core.check.Echo;
import nnwb.core.check.Limits;
import nnwb.core.json.Json;
import nnwb.spark.launch.SparkCliOptions;
import nnwb.spark.launch.SparkOptions;
import nnwb.spark.launch.SparkPaths;
import nnwb.spark.launch.SparkLauncher;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnwb grade ASSIGNMENT_ID --dir SUBMISSIONS [--csv OUT]}: grades every answers file of a
 * folder into a grade sheet and one feedback file per student, named by the workbench, never by
 * a submission. A bad file costs one line, never the batch.
 */
@Component(service = Command.class)
@CommandLine.Command(name = "grade", description = "grade a folder of answers files into a CSV sheet and feedback files",
        footer = {"",
                "Grades every *.json file directly inside SUBMISSIONS and inside each student's folder there",
                "(files are read as untrusted input: size, numbers, formulas, models and check time are",
                "bounded; nothing in them is executed). The student id is the file name without .json, or",
                "the folder's name (--id-from answers: the id inside the file); a student claimed by two",
                "files is flagged on both rows. Writes one row per file (one column per part, the total and",
                "a note: why it was not graded, or the conflicting claim) to OUT, or to stdout without --csv,",
                "and one student-audience feedback file per graded row into the feedback folder, named by",
                "the workbench (letters, digits, '-', '_' and a hash). Outputs are checked before grading",
                "and never written through links or onto devices. Each file that cannot be graded or is",
                "flagged is reported in one line (stdout, or stderr when the CSV goes to stdout).",
                "--spark MASTER_URL grades each file as a Spark task (job jar: NNWB_SPARK_JOB_JAR; Spark: SPARK_HOME, else",
                "NNWB_SPARK_JARS, a folder of Spark jars) with the same sheet, feedback and JSON; --export DIR with --spark",
                "writes DIR/submit.sh, the job jar, the plugin and the submissions instead (JSON: {\"export\", \"script\"}).",
                "With --spark, SUBMISSIONS, OUT and the feedback folder may be URIs of the cluster's storage (hdfs://...,",
                "file:...), read and written by the job through Hadoop's file systems; exported, the script uses them (a",
                "URI SUBMISSIONS is not copied). DIR of --export must be a local folder.",
                "A resubmission with the same --csv and feedback folder grades only files not graded before (GRADES.csv.parts).",
                "Spark settings: --spark-conf KEY=VALUE (repeatable), --executor-memory, --executor-cores, --num-executors,",
                "--event-log DIR, --spark-ui (off by default), --javacpp-cache DIR; --deploy-mode cluster is refused (the",
                "folders are on this machine: run the exported job with hdfs:// paths instead).",
                "JSON (--json): {\"assignment\", \"files\", \"graded\", \"problems\": [\"file: reason\"],",
                "  \"csv\", \"feedback\", \"students\": [{\"student\", \"awarded\", \"possible\"}], \"seconds\"}.",
                "Exit codes: 0 graded (bad files are reported, not fatal), 1 a feedback file could not be",
                "written (the sheet still is), 2 bad input or an output that cannot be written."})
public final class GradeCommand extends CommandBase {

    @Parameters(index = "0", paramLabel = "ASSIGNMENT_ID", description = "an installed assignment, see nnwb assignments list")
    private String assignmentId;

    @Option(names = "--dir", required = true, paramLabel = "SUBMISSIONS", description = "folder of exported answers files (*.json); "
            + "with --spark also a URI of the cluster's storage (hdfs://..., file:...)")
    private String dir;

    @Option(names = "--csv", paramLabel = "OUT", description = "write the grade sheet here (default: stdout); "
            + "with --spark also a URI")
    private String csv;

    @Option(names = "--feedback", paramLabel = "DIR", description = "folder for the feedback files (default: "
            + "SUBMISSIONS-feedback beside the submissions folder); with --spark also a URI")
    private String feedback;

    @Option(names = "--id-from", paramLabel = "SOURCE", description = "where each student id comes from: file-name "
            + "(the answers file's name without .json, or the student's folder; default) or answers (the id inside the file)")
    private String idFrom = IdSource.FILE_NAME.option();

    @Option(names = "--spark", paramLabel = "MASTER_URL", description = "grade each file as a task on a Spark cluster "
            + "(local[N], spark://HOST:7077, yarn, ...) through SPARK_HOME's spark-submit, or NNWB_SPARK_JARS")
    private String spark;

    @Option(names = "--export", paramLabel = "DIR", description = "with --spark: write the job jar, the plugin, the "
            + "submissions and the exact spark-submit line (DIR/submit.sh, a local folder) instead of running")
    private String export;

    @picocli.CommandLine.Mixin
    private SparkCliOptions sparkOptions = new SparkCliOptions();

    @Spec
    private CommandSpec commandSpec;

    @Reference
    private volatile Assignments assignments;

    /** Starts {@code --spark} gradings. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SparkLauncher sparkLauncher;

    public GradeCommand() {
    }

    /** With a given catalog (tests). */
    public GradeCommand(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public Integer call() throws UsageException {
        Assignment a;
        try {
            a = assignments.require(assignmentId);
        } catch (IllegalArgumentException e) {
            throw new UsageException(Echo.oneLine(String.valueOf(e.getMessage())));
        }
        if (spark == null) {
            for (String[] o : new String[][] {{"--dir", dir}, {"--csv", csv}, {"--feedback", feedback}}) {
                if (SparkPaths.isUri(o[1])) {
                    throw new UsageException(o[0] + " " + o[1] + " is a URI: it needs --spark (the job reads and writes there)");
                }
            }
        }
        if (!SparkPaths.isUri(dir) && !Files.isDirectory(Path.of(dir))) {
            throw new UsageException("--dir " + Echo.quote(dir) + " is not a folder");
        }
        IdSource ids;
        try {
            ids = IdSource.of(idFrom);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--id-from: " + e.getMessage());
        }
        if (spark != null && (SparkPaths.isUri(dir) || SparkPaths.isUri(csv) || SparkPaths.isUri(feedback))) {
            return sparkStored(a, ids);
        }
        Path dir = Path.of(this.dir);
        Path csv = this.csv == null ? null : Path.of(this.csv);
        Path feedbackDir = (feedback == null ? defaultFeedback(dir) : Path.of(feedback)).toAbsolutePath().normalize();
        if (feedbackDir.equals(dir.toAbsolutePath().normalize())) {
            throw new UsageException("--feedback must not be the submissions folder itself");
        }
        if (spark != null && ids != IdSource.FILE_NAME) {
            throw new UsageException("--id-from " + idFrom + " is not available with --spark (ids come from the file names)");
        }
        SparkOptions submit;
        try {
            submit = sparkOptions.checked(spark, export != null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Path exportDir = exportFolder();
        GradeOutputs.check(feedbackDir, csv);
        if (spark != null) {
            try {
                submit.requireShared("--dir", export != null ? "submissions" : dir.toString());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            SparkLauncher launcher = sparkLauncher;
            if (launcher == null) {
                throw new IllegalStateException("the Spark launcher is not installed (bundle nnwb.spark.launch)");
            }
            return new SparkGradeOutput(launcher, out(), commandSpec.commandLine().getErr(), json()).run(a,
                    assignments.origin(a.id()).orElse(""), dir, csv, feedbackDir, spark, exportDir, submit);
        }
        List<Path> files = submissions(dir, csv == null ? List.of(feedbackDir) : List.of(feedbackDir, csv));
        long start = System.nanoTime();
        // each file against its own student's variant (the student as --id-from picks them)
        BatchReport graded = new BatchGrader(Limits.DEFAULT, ids).grade(student -> assignments.require(assignmentId, student),
                dir, files);
        List<String> unwritten = GradeOutputs.feedback(graded, feedbackDir);
        String sheet = GradeCsv.toCsv(a, graded);
        if (csv != null) {
            GradeOutputs.sheet(csv, sheet);
        }
        List<String> problems = new ArrayList<>(graded.problems());
        problems.addAll(unwritten);
        BatchReport report = new BatchReport(graded.results(), problems, graded.rows());
        double seconds = (System.nanoTime() - start) / 1e9;
        int code = unwritten.isEmpty() ? 0 : 1;
        if (json()) {
            out().println(Json.write(GradeReport.json(a, files.size(), report, feedbackDir, csv, seconds)));
            return code;
        }
        PrintWriter out = out();
        PrintWriter notes = out;
        if (csv == null) {
            out.print(sheet);
            notes = commandSpec.commandLine().getErr();
        }
        notes.println("graded " + graded.results().size() + " of " + files.size() + " files in "
                + String.format(java.util.Locale.ROOT, "%.2f", seconds) + " s; feedback in " + feedbackDir
                + (csv == null ? "" : "; grades in " + csv));
        for (GradeRow row : graded.rows()) {
            if (!row.graded()) {
                notes.println("not graded: " + row.file() + ": " + row.note().replaceFirst("^not graded: ", ""));
            } else if (!row.note().isEmpty()) {
                notes.println("flagged: " + row.file() + ": " + row.note());
            }
        }
        for (String u : unwritten) {
            notes.println("not written: " + u);
        }
        return code;
    }

    /**
     * {@code --spark} with a URI among the submissions, the sheet and the feedback folder: the job reads and writes
     * them through Hadoop's file systems; the local ones are checked here as without URIs.
     */
    private Integer sparkStored(Assignment a, IdSource ids) throws UsageException {
        if (ids != IdSource.FILE_NAME) {
            throw new UsageException("--id-from " + idFrom + " is not available with --spark (ids come from the file names)");
        }
        String feedbackAt = feedback != null ? SparkPaths.forJob(feedback) : defaultFeedback(dir);
        if (SparkPaths.forJob(dir).replaceAll("/+$", "").equals(feedbackAt.replaceAll("/+$", ""))) {
            throw new UsageException("--feedback must not be the submissions folder itself");
        }
        if (csv != null && SparkPaths.forJob(csv).replaceAll("/+$", "").equals(feedbackAt.replaceAll("/+$", ""))) {
            throw new UsageException("--csv must not be the feedback folder");
        }
        SparkOptions submit;
        try {
            submit = sparkOptions.checked(spark, export != null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (submit.cluster()) {
            throw new UsageException("nnwb grade cannot use --deploy-mode cluster: the plugin jar and the job's report are on"
                    + " this machine; run the driver here (client mode, the default)");
        }
        Path exportDir = exportFolder();
        if (!SparkPaths.isUri(feedbackAt)) {
            GradeOutputs.check(Path.of(feedbackAt), csv == null || SparkPaths.isUri(csv) ? null : Path.of(csv));
        } else if (csv != null && !SparkPaths.isUri(csv)) {
            GradeOutputs.checkSheet(Path.of(csv));
        }
        SparkLauncher launcher = sparkLauncher;
        if (launcher == null) {
            throw new IllegalStateException("the Spark launcher is not installed (bundle nnwb.spark.launch)");
        }
        return new SparkGradeOutput(launcher, out(), commandSpec.commandLine().getErr(), json()).runStored(a,
                assignments.origin(a.id()).orElse(""), SparkPaths.forJob(dir), csv == null ? null : SparkPaths.forJob(csv),
                feedbackAt, spark, exportDir, submit);
    }

    /** The {@code --export} folder, or null; a URI is refused in one line. */
    private Path exportFolder() throws UsageException {
        try {
            return export == null ? null : SparkPaths.exportFolder(export);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Where feedback goes by default beside a folder or URI: {@code SUBMISSIONS-feedback}. */
    static String defaultFeedback(String dir) {
        if (!SparkPaths.isUri(dir)) {
            return defaultFeedback(Path.of(dir)).toString();
        }
        String d = dir.replaceAll("/+$", "");
        return d + "-feedback";
    }

    /** Where feedback goes by default: beside the submissions folder, never inside it ({@code SUBMISSIONS-feedback}). */
    static Path defaultFeedback(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Path name = abs.getFileName();
        return name == null ? abs.resolve("feedback") : abs.resolveSibling(name + "-feedback");
    }

    /**
     * The answers files of {@code dir} ({@link BatchGrader#submissionFiles}) but the grader's own {@code outputs};
     * a folder that cannot be listed is a usage error.
     */
    static List<Path> submissions(Path dir, List<Path> outputs) throws UsageException {
        try {
            return BatchGrader.submissionFiles(dir, outputs);
        } catch (IOException e) {
            throw new UsageException("cannot list --dir " + Echo.quote(dir.toString()) + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
