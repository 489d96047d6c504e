package nnwb.spark;

import java.nio.file.Path;

import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.function.Function;

import nnwb.core.assignment.AnswersFile;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.check.Limits;

/**
 * One answers file graded as a Spark task by the workbench's {@link BatchGrader}, against its student's variant of the
 * assignment of the plugin jar the driver shipped ({@code SparkContext.addFile}); the result or the file's problem goes back to the driver.
 */
final class GradeTask implements Function<AnswersFile, BatchGrader.FileGrade> {

    private static final long serialVersionUID = 1L;

    private final String pluginFile;

    /** {@code pluginFile}: the plugin jar's file name, as added to the job. */
    GradeTask(String pluginFile) {
        this.pluginFile = pluginFile;
    }

    @Override
    public BatchGrader.FileGrade call(AnswersFile f) {
        // each file against its own student's variant (ids from the file names, as --spark grading takes them)
        return new BatchGrader(Limits.DEFAULT).grade(PluginAssignments.provider(Path.of(SparkFiles.get(pluginFile)))::assignment, f);
    }
}
