package nnwb.filter.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;

import nnwb.ui.parts.FileChooser;

/** Open image…: a PNG or JPEG file, read in a job, as the Image tab's input ({@link ImageTab#openFile}). */
public final class OpenImageHandler {

    @CanExecute
    public boolean canExecute(@Optional ImageTab image) {
        return image != null;
    }

    @Execute
    public void execute(ImageTab image, Shell shell, @Optional FileChooser chooser) {
        FileChooser.orDialog(chooser, shell)
                .open(new String[] {"*.png;*.jpg;*.jpeg;*.PNG;*.JPG;*.JPEG", "*.*"}, new String[] {"PNG and JPEG images", "All files"})
                .ifPresent(path -> image.openFile(path.toString()));
    }
}
