package nnwb.filter.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;

import nnwb.ui.parts.FileChooser;

/**
 * Open model… and Open run folder…: a DL4J model zip, or a training run's folder, whose first convolution's kernels
 * the Learned filters tab shows ({@link LearnedTab#open}, in a job).
 */
public final class OpenLearnedHandler {

    private final boolean folder;

    /** Asks for a run folder when {@code folder}, else for a model zip. */
    public OpenLearnedHandler(boolean folder) {
        this.folder = folder;
    }

    @CanExecute
    public boolean canExecute(@Optional LearnedTab learned) {
        return learned != null;
    }

    @Execute
    public void execute(LearnedTab learned, Shell shell, @Optional FileChooser chooser) {
        FileChooser files = FileChooser.orDialog(chooser, shell);
        (folder ? files.folder() : files.open(new String[] {"*.zip", "*.*"}, new String[] {"DL4J model zips", "All files"}))
                .ifPresent(learned::open);
    }
}
