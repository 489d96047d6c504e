package nnwb.model.ui.internal.wizard;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import nnwb.core.templates.Templates;

/** File &gt; New &gt; Network model: a .nnet file from a template, opened in the network editor. */
public class NewModelWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private Page page;

    public NewModelWizard() {
        setWindowTitle("New network model");
    }

    @Override
    public void init(IWorkbench wb, IStructuredSelection selection) {
        workbench = wb;
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        try {
            IFile file = ModelFiles.create(ResourcesPlugin.getWorkspace().getRoot(), page.project.getText(),
                    page.file.getText(), page.template(), null);
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
            return true;
        } catch (CoreException | RuntimeException e) {
            MessageDialog.openError(getShell(), "New network model", "Could not create the model: " + e.getMessage());
            return false;
        }
    }

    /** Project, file name and template, validated as the user types. */
    static final class Page extends WizardPage {
        Text project;
        Text file;
        Combo templates;
        Label description;

        Page() {
            super("model");
            setTitle("Network model");
            setDescription("Start from a template of the coursework or a classic architecture.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite c = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            project = text(c, "Project", "models");
            file = text(c, "File name", "edge-cnn.nnet");
            new Label(c, SWT.NONE).setText("Template");
            templates = new Combo(c, SWT.READ_ONLY);
            Templates.names().forEach(templates::add);
            templates.select(0);
            description = new Label(c, SWT.WRAP);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(description);
            templates.addListener(SWT.Selection, e -> {
                file.setText(template() + ".nnet");
                validate();
            });
            setControl(c);
            validate();
        }

        private Text text(Composite c, String label, String value) {
            new Label(c, SWT.NONE).setText(label);
            Text t = new Text(c, SWT.BORDER);
            t.setText(value);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(t);
            t.addListener(SWT.Modify, e -> validate());
            return t;
        }

        String template() {
            return templates.getText();
        }

        private void validate() {
            if (templates == null) {
                return;
            }
            description.setText(Templates.description(template()));
            String error = ModelFiles.validate(ResourcesPlugin.getWorkspace().getRoot(), project.getText(),
                    file.getText(), template());
            setErrorMessage(error);
            setPageComplete(error == null);
        }
    }
}
