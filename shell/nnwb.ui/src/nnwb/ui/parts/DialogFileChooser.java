package nnwb.ui.parts;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** The platform's file and folder dialogs: overwriting a file asks first. */
public final class DialogFileChooser implements FileChooser {

    private final Shell shell;

    public DialogFileChooser(Shell shell) {
        this.shell = shell;
    }

    @Override
    public Optional<Path> save(String extension, String suggested) {
        FileDialog d = new FileDialog(shell, SWT.SAVE);
        d.setFilterExtensions(new String[] {extension});
        if (!suggested.isEmpty()) {
            d.setFileName(suggested);
        }
        d.setOverwrite(true);
        return Optional.ofNullable(d.open()).map(Path::of);
    }

    @Override
    public Optional<Path> open(String... extensions) {
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setFilterExtensions(extensions);
        return Optional.ofNullable(d.open()).map(Path::of);
    }

    @Override
    public Optional<Path> open(String[] extensions, String[] names) {
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setFilterExtensions(extensions);
        d.setFilterNames(names);
        return Optional.ofNullable(d.open()).map(Path::of);
    }

    @Override
    public Optional<Path> folder() {
        return Optional.ofNullable(new DirectoryDialog(shell).open()).map(Path::of);
    }
}
