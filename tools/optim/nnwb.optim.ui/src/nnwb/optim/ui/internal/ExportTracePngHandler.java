package nnwb.optim.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

import nnwb.ui.parts.FileChooser;

/** Export PNG…: the plot on the current tab as a PNG image ({@link PlotImage}). */
public final class ExportTracePngHandler {

    @CanExecute
    public boolean canExecute(@Optional TraceView view) {
        return view != null;
    }

    @Execute
    public void execute(TraceView view, @Optional FileChooser chooser) {
        FileChooser.orDialog(chooser, view.control().getShell()).save("*.png", TraceFiles.suggestedName(view.session(), "png"))
                .ifPresent(path -> view.write(path, file -> PlotImage.save(view.selectedPlot(), view.contours(), file)));
    }
}
