package nnwb.optim.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import nnwb.ui.parts.FileChooser;

/** Save preset…: this problem, these optimizers and settings as a preset ({@link TraceFiles#writePreset}). */
public final class SaveTracePresetHandler {

    @CanExecute
    public boolean canExecute(@Optional TraceView view) {
        return view != null;
    }

    @Execute
    public void execute(TraceView view, @Optional FileChooser chooser) {
        FileChooser.orDialog(chooser, view.control().getShell()).save("*.nnopt", TraceFiles.suggestedName(view.session(), "nnopt"))
                .ifPresent(path -> view.write(path, file -> TraceFiles.writePreset(view.session(), file)));
    }
}
