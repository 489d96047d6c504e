package nnwb.bridge.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nnwb.bridge.OnnxFiles;
import nnwb.core.bridge.imports.ImportResult;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * File > Import > ONNX model: reads the chosen {@code .onnx} file with {@link OnnxFiles} (the code of
 * {@code nnwb import}), writes the {@code .nnet} description next to the selection in the workspace and opens it
 * in the model editor. A file that cannot be imported shows its one-line reason on the page.
 */
public final class OnnxImportWizard extends Wizard implements IImportWizard {

    private IWorkbench workbench;
    private OnnxImportPage page;

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        this.workbench = wb;
        setWindowTitle("Import ONNX model");
        page = new OnnxImportPage(folderOf(selection));
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ImportResult r;
        try {
            r = OnnxFiles.importFile(Path.of(page.onnxFile()));
        } catch (IllegalArgumentException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        IContainer folder = page.folder();
        if (folder == null) {
            page.setErrorMessage("choose a project or folder of the workspace to put the model in");
            return false;
        }
        String name = Path.of(page.onnxFile()).getFileName().toString().replaceFirst("\\.onnx$", "") + ".nnet";
        IFile file = folder.getFile(org.eclipse.core.runtime.IPath.fromOSString(name));
        try {
            ByteArrayInputStream text = new ByteArrayInputStream(r.nnet().getBytes(StandardCharsets.UTF_8));
            if (file.exists()) {
                file.setContents(text, IResource.KEEP_HISTORY, null);
            } else {
                file.create(text, IResource.NONE, null);
            }
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            return true;
        } catch (PartInitException e) {
            return true;
        } catch (CoreException e) {
            page.setErrorMessage("cannot write " + file.getFullPath() + ": " + e.getMessage());
            return false;
        }
    }

    private static IContainer folderOf(IStructuredSelection selection) {
        Object first = selection == null ? null : selection.getFirstElement();
        IResource res = first instanceof IAdaptable a ? a.getAdapter(IResource.class) : null;
        if (res instanceof IFile f) {
            return f.getParent();
        }
        return res instanceof IContainer c && c.getType() != IResource.ROOT ? c : null;
    }
}
