package nnwb.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.Function;

import nnwb.core.assignment.AnswersFile;
import nnwb.core.assignment.Audience;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.FeedbackJson;
import nnwb.core.assignment.SafeFileNames;
import nnwb.core.assignment.SubmissionResult;
import nnwb.core.check.Echo;
import nnwb.core.check.Limits;

/**
 * One answers file graded as a Spark task by the workbench's {@link BatchGrader}, against its student's variant of the
 * assignment of the plugin jar the driver shipped ({@code SparkContext.addFile}). The task writes the file's feedback
 * (under the name the driver chose) and then its record ({@link GradeRecords}), each atomically; the grade goes back to
 * the driver.
 */
final class GradeTask implements Function<GradeTask.Input, GradeTask.Outcome> {

    private static final long serialVersionUID = 1L;

    /**
     * A task's input.
     *
     * @param file        the answers file as the driver read it
     * @param feedbackKey the id its feedback file is named from ({@link SafeFileNames}), as the desktop would name it
     * @param record      its record's file name, or null for a file that could not be read
     */
    record Input(AnswersFile file, String feedbackKey, String record) implements Serializable {
    }

    /**
     * A task's result.
     *
     * @param grade     the grade
     * @param feedback  the feedback file written, or null
     * @param unwritten why the feedback could not be written ({@code FILE: feedback NAME not written (...)}), or null
     */
    record Outcome(BatchGrader.FileGrade grade, String feedback, String unwritten) implements Serializable {
    }

    private final String pluginFile;
    private final String pluginHash;
    private final Location feedback;
    private final Location records;

    /**
     * {@code pluginFile}: the plugin jar's file name, as added to the job; {@code pluginHash} its SHA-256;
     * {@code feedback} and {@code records}: the folders, made by the driver.
     */
    GradeTask(String pluginFile, String pluginHash, Location feedback, Location records) {
        this.pluginFile = pluginFile;
        this.pluginHash = pluginHash;
        this.feedback = feedback;
        this.records = records;
    }

    @Override
    public Outcome call(Input in) {
        // each file against its own student's variant (ids from the file names, as --spark grading takes them)
        BatchGrader.FileGrade g = new BatchGrader(Limits.DEFAULT).grade(
                PluginAssignments.provider(Path.of(SparkFiles.get(pluginFile)))::assignment, in.file());
        String name = null;
        if (g.result() != null) {
            // the row's student is the file's name id (IdClaims with ids from file names), and so is the feedback's
            SubmissionResult r = new SubmissionResult(g.result().assignmentId(), g.nameId(), g.result().parts(), g.result().notes());
            name = feedbackName(in.feedbackKey());
            try {
                feedback.child(name).write(FeedbackJson.toJson(r, Audience.STUDENT).getBytes(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return new Outcome(g, null, g.file() + ": feedback " + name + " not written (" + Echo.oneLine(String.valueOf(
                        e.getMessage())) + ")");
            }
        }
        if (in.record() != null) {
            try {
                records.child(in.record()).write(GradeRecords.write(new GradeRecords.Stored(pluginHash, name, g)));
            } catch (IOException e) {
                // without its record the file is only graded again by a resubmitted job
                System.err.println("nnwb spark job: no record for " + g.file() + ": " + Echo.oneLine(String.valueOf(e.getMessage())));
            }
        }
        return new Outcome(g, name, null);
    }

    /** The feedback file's name for {@code key}, as {@link BatchGrader#writeFeedback} names it. */
    static String feedbackName(String key) {
        return SafeFileNames.stem(key) + ".feedback.json";
    }
}
