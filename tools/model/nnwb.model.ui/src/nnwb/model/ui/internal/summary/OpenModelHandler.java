package nnwb.model.ui.internal.summary;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import nnwb.ui.parts.FileChooser;

/** Open model…: a {@code .nnet} file from anywhere on disk, in the network editor. */
public final class OpenModelHandler {

    /** The command's id. */
    public static final String COMMAND = "nnwb.model.ui.openModel";

    @Execute
    public void execute(Shell shell, @Optional IWorkbenchWindow injected, @Optional FileChooser chooser) {
        IWorkbenchWindow window = injected != null ? injected : PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Path file = FileChooser.orDialog(chooser, shell).open("*.nnet", "*").orElse(null);
        if (file == null || window == null) {
            return;
        }
        try {
            IDE.openEditorOnFileStore(window.getActivePage(), EFS.getLocalFileSystem().getStore(file.toUri()));
        } catch (PartInitException e) {
            MessageDialog.openError(shell, "Open model", "Could not open " + file + ": " + e.getMessage());
        }
    }
}
