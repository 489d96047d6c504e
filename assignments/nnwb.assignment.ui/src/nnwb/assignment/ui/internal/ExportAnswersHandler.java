package nnwb.assignment.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import nnwb.ui.parts.FileChooser;

/**
 * Export answers…: the open assignment's answers and verdicts as one file to hand in, named after the assignment
 * and the student ({@link AssignmentsView#defaultExportName()}), written by {@link ProgressStore#export}.
 */
public final class ExportAnswersHandler {

    /** The command's id. */
    public static final String COMMAND = "nnwb.assignment.ui.exportAnswers";

    @CanExecute
    public boolean canExecute(@Optional AssignmentsView view) {
        return view != null && view.current() != null;
    }

    @Execute
    public void execute(AssignmentsView view, @Optional FileChooser chooser) {
        if (view.readyToExport()) {
            FileChooser.orDialog(chooser, view.control().getShell()).save("*.json", view.defaultExportName())
                    .ifPresent(view::exportTo);
        }
    }
}
