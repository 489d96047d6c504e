package nnwb.optim.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import nnwb.ui.parts.FileChooser;

/** Open preset…: a problem with optimizers and settings (*.nnopt), errors in the view's status line. */
public final class OpenTracePresetHandler {

    @CanExecute
    public boolean canExecute(@Optional TraceView view) {
        return view != null;
    }

    @Execute
    public void execute(TraceView view, @Optional FileChooser chooser) {
        FileChooser.orDialog(chooser, view.control().getShell()).open("*.nnopt", "*.*").ifPresent(path -> view.openPreset(path.toString()));
    }
}
