package nnwb.train.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;

import nnwb.ui.parts.FileChooser;

/** Export ticked runs…: the ticked runs' per-epoch metrics together as one CSV ({@link OverlayPanel#export}). */
public final class ExportRunsHandler {

    /** The command's id. */
    public static final String COMMAND = "nnwb.train.ui.exportRuns";

    @CanExecute
    public boolean canExecute(@Optional OverlayPanel runs) {
        return runs != null;
    }

    @Execute
    public void execute(OverlayPanel runs, Shell shell, @Optional FileChooser chooser) {
        if (runs.readyToExport()) {
            FileChooser.orDialog(chooser, shell).save("*.csv", "runs.csv").ifPresent(runs::exportTo);
        }
    }
}
