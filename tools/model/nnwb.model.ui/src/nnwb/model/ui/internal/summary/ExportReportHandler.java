package nnwb.model.ui.internal.summary;

import java.io.IOException;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import nnwb.core.analysis.AnalysisReport;
import nnwb.ui.parts.FileChooser;

/**
 * Export CSV… and Export Markdown…: the analysis shown in the Model summary (the part keeps it in its context) as
 * a file named after the model, written by {@link ReportFiles}; a failure is reported in a dialog.
 */
public final class ExportReportHandler {

    /** Export CSV…: one row per layer and the totals. */
    public static final String CSV = "nnwb.model.ui.exportSummaryCsv";
    /** Export Markdown…: the same table as Markdown. */
    public static final String MARKDOWN = "nnwb.model.ui.exportSummaryMarkdown";

    private final String format;

    /** Exports as {@code format}: {@code "csv"} or {@code "md"}. */
    public ExportReportHandler(String format) {
        this.format = format;
    }

    @CanExecute
    public boolean canExecute(@Optional AnalysisReport report) {
        return report != null;
    }

    @Execute
    public void execute(AnalysisReport report, Shell shell, @Optional FileChooser chooser) {
        FileChooser.orDialog(chooser, shell).save("*." + format, ReportFiles.fileName(report, format)).ifPresent(path -> {
            try {
                ReportFiles.write(report, format, path);
            } catch (IOException e) {
                MessageDialog.openError(shell, "Export", "Could not write " + path + ": " + e.getMessage());
            }
        });
    }
}
