package nnwb.assignment.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nnwb.assignment.Assignments;
import nnwb.assignment.GradeReport;
import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.BatchReport;
import nnwb.core.assignment.GradeCsv;
import nnwb.core.check.Echo;
import nnwb.core.check.Limits;
import nnwb.core.json.Json;
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
                "Grades every *.json file directly inside SUBMISSIONS (files are read as untrusted input:",
                "size, numbers, formulas and check time are bounded; nothing in them is executed). Writes",
                "one row per student (one column per part, then the total) to OUT, or to stdout without",
                "--csv, and one student-audience feedback file per student into the feedback folder, named",
                "from the student id by the workbench (letters, digits, '-', '_' and a hash). Each file that",
                "cannot be graded is reported in one line (stdout, or stderr when the CSV goes to stdout).",
                "--spark MASTER_URL grades each file as a Spark task (job jar: NNWB_SPARK_JOB_JAR; Spark: SPARK_HOME, else",
                "NNWB_SPARK_JARS, a folder of Spark jars) with the same sheet, feedback and JSON; --export DIR with --spark",
                "writes DIR/submit.sh, the job jar, the plugin and the submissions instead (JSON: {\"export\", \"script\"}).",
                "JSON (--json): {\"assignment\", \"files\", \"graded\", \"problems\": [\"file: reason\"],",
                "  \"csv\", \"feedback\", \"students\": [{\"student\", \"awarded\", \"possible\"}], \"seconds\"}.",
                "Exit codes: 0 graded (bad files are reported, not fatal), 2 bad input."})
public final class GradeCommand extends CommandBase {

    @Parameters(index = "0", paramLabel = "ASSIGNMENT_ID", description = "an installed assignment, see nnwb assignments list")
    private String assignmentId;

    @Option(names = "--dir", required = true, paramLabel = "SUBMISSIONS", description = "folder of exported answers files (*.json)")
    private Path dir;

    @Option(names = "--csv", paramLabel = "OUT", description = "write the grade sheet here (default: stdout)")
    private Path csv;

    @Option(names = "--feedback", paramLabel = "DIR", description = "folder for the feedback files (default: SUBMISSIONS/feedback)")
    private Path feedback;

    @Option(names = "--spark", paramLabel = "MASTER_URL", description = "grade each file as a task on a Spark cluster "
            + "(local[N], spark://HOST:7077, yarn, ...) through SPARK_HOME's spark-submit, or NNWB_SPARK_JARS")
    private String spark;

    @Option(names = "--export", paramLabel = "DIR", description = "with --spark: write the job jar, the plugin, the "
            + "submissions and the exact spark-submit line (DIR/submit.sh) instead of running")
    private Path export;

    @Spec
    private CommandSpec commandSpec;

    @Reference
    private volatile Assignments assignments;

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
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--dir " + Echo.quote(dir.toString()) + " is not a folder");
        }
        Path feedbackDir = (feedback == null ? dir.resolve("feedback") : feedback).toAbsolutePath().normalize();
        if (feedbackDir.equals(dir.toAbsolutePath().normalize())) {
            throw new UsageException("--feedback must not be the submissions folder itself");
        }
        if (export != null && spark == null) {
            throw new UsageException("--export writes a submission for --spark MASTER_URL: give both");
        }
        if (spark != null) {
            return new SparkGradeOutput(out(), commandSpec.commandLine().getErr(), json()).run(a, assignments.origin(a.id())
                    .orElse(""), dir, csv, feedbackDir, spark, export);
        }
        List<Path> files = submissions(dir);
        long start = System.nanoTime();
        BatchReport report = new BatchGrader(Limits.DEFAULT).grade(a, files);
        try {
            Files.createDirectories(feedbackDir);
        } catch (IOException e) {
            throw new UsageException("cannot create the feedback folder " + Echo.quote(feedbackDir.toString()));
        }
        BatchGrader.writeFeedback(report.results(), feedbackDir);
        String sheet = GradeCsv.toCsv(a, report.results());
        if (csv != null) {
            writeAtomically(csv, sheet);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json()) {
            out().println(Json.write(GradeReport.json(a, files.size(), report, feedbackDir, csv, seconds)));
            return 0;
        }
        PrintWriter out = out();
        PrintWriter notes = out;
        if (csv == null) {
            out.print(sheet);
            notes = commandSpec.commandLine().getErr();
        }
        notes.println("graded " + report.results().size() + " of " + files.size() + " files in "
                + String.format(java.util.Locale.ROOT, "%.2f", seconds) + " s; feedback in " + feedbackDir
                + (csv == null ? "" : "; grades in " + csv));
        for (String p : report.problems()) {
            notes.println("not graded: " + p);
        }
        return 0;
    }

    /** The answers files of {@code dir} ({@link BatchGrader#answersFiles}); a folder that cannot be listed is a usage error. */
    static List<Path> submissions(Path dir) throws UsageException {
        try {
            return BatchGrader.answersFiles(dir);
        } catch (IOException e) {
            throw new UsageException("cannot list --dir " + Echo.quote(dir.toString()) + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void writeAtomically(Path target, String text) throws UsageException {
        Path abs = target.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            Path tmp = Files.createTempFile(abs.getParent(), ".grades", ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(text);
            }
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UsageException("cannot write --csv " + Echo.quote(target.toString()) + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
