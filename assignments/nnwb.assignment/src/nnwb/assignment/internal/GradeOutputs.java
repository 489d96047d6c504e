package nnwb.assignment.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import nnwb.cli.UsageException;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.BatchReport;
import nnwb.core.assignment.OutputFiles;
import nnwb.core.check.Echo;

/**
 * The grade command's outputs: checked before anything is graded (a feedback folder that is a file or a link,
 * a sheet path that is a folder, a link or a device is refused in one line), then written through
 * {@link OutputFiles} so that a failed feedback file never costs the sheet.
 */
final class GradeOutputs {

    private GradeOutputs() {
    }

    /** Refuses outputs that cannot be written, before grading. */
    static void check(Path feedbackDir, Path csv) throws UsageException {
        String why = OutputFiles.whyNotFolder(feedbackDir, true);
        if (why != null) {
            throw new UsageException("--feedback " + shown(feedbackDir) + " " + why);
        }
        if (csv != null) {
            why = OutputFiles.whyNotWritable(csv);
            if (why != null) {
                throw new UsageException("--csv " + shown(csv) + " " + why);
            }
            if (csv.toAbsolutePath().normalize().equals(feedbackDir)) {
                throw new UsageException("--csv must not be the feedback folder");
            }
        }
    }

    /** Checks only the sheet's path (the feedback folder is elsewhere, a URI the job writes). */
    static void checkSheet(Path csv) throws UsageException {
        String why = OutputFiles.whyNotWritable(csv);
        if (why != null) {
            throw new UsageException("--csv " + shown(csv) + " " + why);
        }
    }

    /** Writes the feedback files; returns one line per file (or the folder) that could not be written. */
    static List<String> feedback(BatchReport report, Path feedbackDir) {
        try {
            return BatchGrader.writeFeedback(report, OutputFiles.folder(feedbackDir));
        } catch (IOException e) {
            return List.of("feedback folder: " + Echo.oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** Writes the sheet; a failure now (the path was checked before grading) is a one-line usage error. */
    static void sheet(Path csv, String text) throws UsageException {
        try {
            Path folder = csv.toAbsolutePath().normalize().getParent();
            if (folder != null) {
                OutputFiles.folder(folder);
            }
            OutputFiles.write(csv, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("cannot write --csv " + shown(csv) + " ("
                    + Echo.oneLine(String.valueOf(e.getMessage())) + ")");
        }
    }

    /** A path the instructor gave, quoted whole on one line. */
    private static String shown(Path p) {
        return "'" + Echo.oneLine(p.toString()) + "'";
    }
}
