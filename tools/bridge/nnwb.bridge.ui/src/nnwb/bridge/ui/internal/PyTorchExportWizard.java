package nnwb.bridge.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nnwb.bridge.PyTorchFiles;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * File > Export > PyTorch module: writes the selected (or the open) {@code .nnet} model as a {@code torch.nn.Module}
 * through {@link PyTorchFiles} (the analysis and export of {@code nnwb export --to pytorch}). The export runs in the
 * wizard's progress area, off the UI thread; a model that cannot be exported (errors, sizes without values) or a file
 * that cannot be written shows its one-line reason on the page and the wizard stays open.
 */
public final class PyTorchExportWizard extends Wizard implements IExportWizard {

    private PyTorchExportPage page;

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        setWindowTitle("Export PyTorch module");
        setNeedsProgressMonitor(true);
        IFile f = nnetOf(selection);
        if (f == null) {
            f = openModel(wb);
        }
        page = new PyTorchExportPage(f);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile model = page.modelFile();
        if (model == null) {
            page.setErrorMessage("choose a .nnet file of the workspace");
            return false;
        }
        Path out = page.outFile();
        String[] error = {null};
        try {
            String text;
            try (InputStream in = model.getContents(true)) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Map<String, Long> symbols = PyTorchFiles.symbols(page.symbolText());
            String source = model.getName();
            getContainer().run(true, false, monitor -> {
                monitor.beginTask("Writing " + out.getFileName(), IProgressMonitor.UNKNOWN);
                try {
                    PyTorchFiles.Exported e = PyTorchFiles.export(text, source, symbols);
                    Files.writeString(out, e.python(), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    error[0] = e.getMessage();
                } catch (IOException | RuntimeException e) {
                    error[0] = "cannot write " + out + ": " + e.getMessage();
                } finally {
                    monitor.done();
                }
            });
        } catch (IllegalArgumentException e) {
            error[0] = e.getMessage();
        } catch (CoreException | IOException e) {
            error[0] = "cannot read " + model.getFullPath() + ": " + e.getMessage();
        } catch (InvocationTargetException e) {
            error[0] = "export failed: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error[0] = "export interrupted";
        }
        if (error[0] != null) {
            page.setErrorMessage(error[0]);
            return false;
        }
        refresh(out);
        return true;
    }

    /** A {@code .py} written inside the workspace shows up in it. */
    private static void refresh(Path out) {
        for (IFile f : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(out.toAbsolutePath().toUri())) {
            try {
                f.getParent().refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException e) {
                // the file is written; the workspace catches up on its next refresh
            }
        }
    }

    private static IFile nnetOf(IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IResource res = first instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
        return res instanceof IFile f && "nnet".equals(f.getFileExtension()) ? f : null;
    }

    /** The {@code .nnet} file of the active editor, or else of the first open editor on one. */
    private static IFile openModel(IWorkbench wb) {
        IWorkbenchWindow w = wb.getActiveWorkbenchWindow();
        IWorkbenchPage p = w == null ? null : w.getActivePage();
        if (p == null) {
            return null;
        }
        IFile active = fileOf(p.getActiveEditor());
        if (active != null) {
            return active;
        }
        for (var ref : p.getEditorReferences()) {
            IFile f = fileOf(ref.getEditor(false));
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static IFile fileOf(IEditorPart editor) {
        IFile f = editor == null ? null : editor.getEditorInput().getAdapter(IFile.class);
        return f != null && "nnet".equals(f.getFileExtension()) ? f : null;
    }
}
