package nnwb.model.ui.internal.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.report.ReportExport;

/** The Model summary's exports, without a display: the analysis as CSV or Markdown ({@link ReportExport}). */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** The name offered for the export: the model's name and the format, e.g. {@code edge-cnn.csv}. */
    public static String fileName(AnalysisReport report, String format) {
        return report.graph().name() + "." + format;
    }

    /** Writes the analysis as {@code format}: {@code "csv"}, else Markdown. */
    public static void write(AnalysisReport report, String format, Path file) throws IOException {
        String text = format.equals("csv") ? ReportExport.csv(report) : ReportExport.markdown(report);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
