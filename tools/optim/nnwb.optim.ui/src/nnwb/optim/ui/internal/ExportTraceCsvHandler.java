package nnwb.optim.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import nnwb.ui.parts.FileChooser;

/** Export CSV…: the traces on screen as CSV, one row per optimizer and step ({@link TraceFiles#writeCsv}). */
public final class ExportTraceCsvHandler {

    @CanExecute
    public boolean canExecute(@Optional TraceView view) {
        return view != null;
    }

    @Execute
    public void execute(TraceView view, @Optional FileChooser chooser) {
        FileChooser.orDialog(chooser, view.control().getShell()).save("*.csv", TraceFiles.suggestedName(view.session(), "csv"))
                .ifPresent(path -> view.write(path, file -> TraceFiles.writeCsv(view.shown(), file)));
    }
}
