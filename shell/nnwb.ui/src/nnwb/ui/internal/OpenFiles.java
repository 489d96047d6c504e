package nnwb.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/** {@code nnwb FILE.nnet ...}: the start script passes {@code --open FILE} for each; they open in their editors. */
final class OpenFiles {

    private OpenFiles() {
    }

    /** The files named after {@code --open} in the application's arguments. */
    static List<Path> requested(String[] args) {
        List<Path> files = new ArrayList<>();
        for (int i = 0; args != null && i + 1 < args.length; i++) {
            if ("--open".equals(args[i])) {
                files.add(Path.of(args[++i]).toAbsolutePath().normalize());
            }
        }
        return files;
    }

    static void open(IWorkbenchPage page, List<Path> files) {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                ILog.of(OpenFiles.class).warn("nnwb: no such file to open: " + f);
                continue;
            }
            try {
                IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(f.toUri()));
            } catch (PartInitException e) {
                ILog.of(OpenFiles.class).log(e.getStatus());
            }
        }
    }
}
