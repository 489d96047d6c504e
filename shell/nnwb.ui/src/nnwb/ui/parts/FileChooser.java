package nnwb.ui.parts;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a file command reads or writes: the file dialog in the workbench ({@link DialogFileChooser}); a test puts
 * its own in the part's context, and the handler is injected with it instead.
 */
public interface FileChooser {

    /** A file to write, named by the user ({@code extension} as {@code "*.csv"}, {@code suggested} may be empty). */
    Optional<Path> save(String extension, String suggested);

    /** A file to read, one of {@code extensions} (as {@code "*.nnopt"}). */
    Optional<Path> open(String... extensions);

    /** A file to read, one of {@code extensions} shown under {@code names} (as "PNG and JPEG images"). */
    default Optional<Path> open(String[] extensions, String[] names) {
        return open(extensions);
    }

    /** A folder to read (by default the answer {@link #open(String...)} gives). */
    default Optional<Path> folder() {
        return open();
    }

    /** The one in {@code context} when there is one, else the dialog over {@code shell}. */
    static FileChooser orDialog(FileChooser fromContext, org.eclipse.swt.widgets.Shell shell) {
        return fromContext != null ? fromContext : new DialogFileChooser(shell);
    }
}
