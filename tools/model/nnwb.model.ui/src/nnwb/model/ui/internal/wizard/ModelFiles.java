package nnwb.model.ui.internal.wizard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import nnwb.core.templates.Templates;

/** Creates a model file from a template in a workspace project, making the project when needed. */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** What is wrong with the wizard's fields, or null when a file can be created. */
    public static String validate(IWorkspaceRoot root, String project, String fileName, String template) {
        if (project == null || project.isBlank()) {
            return "Enter a project name.";
        }
        if (!root.getWorkspace().validateName(project.trim(), org.eclipse.core.resources.IResource.PROJECT).isOK()) {
            return "'" + project + "' is not a valid project name.";
        }
        if (fileName == null || !fileName.trim().endsWith(".nnet") || fileName.trim().length() <= 5) {
            return "The file name must end in .nnet.";
        }
        if (!Templates.exists(template)) {
            return "Choose a template.";
        }
        if (root.getProject(project.trim()).getFile(fileName.trim()).exists()) {
            return fileName.trim() + " already exists in " + project.trim() + ".";
        }
        return null;
    }

    /** Creates (and opens) the project if needed, then the file with the template's text. */
    public static IFile create(IWorkspaceRoot root, String project, String fileName, String template,
            IProgressMonitor monitor) throws CoreException {
        IProject p = root.getProject(project.trim());
        if (!p.exists()) {
            p.create(monitor);
        }
        if (!p.isOpen()) {
            p.open(monitor);
        }
        IFile file = p.getFile(fileName.trim());
        byte[] text = Templates.text(template).getBytes(StandardCharsets.UTF_8);
        file.create(new ByteArrayInputStream(text), true, monitor);
        return file;
    }
}
