package nnwb.model.ui.internal.summary;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;

import nnwb.model.ui.internal.wizard.NewModelWizard;

/** What the Model summary shows with no model open: what to do, and buttons that do it (Open model… is a command). */
public final class EmptySummary {

    private final Composite root;
    private final Button newModel;
    private final Button openModel;

    EmptySummary(Composite parent, Consumer<String> commands) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).numColumns(2).applyTo(root);
        Label message = new Label(root, SWT.WRAP);
        message.setText("No network model is open. Create one from a template (the coursework's edge CNN, "
                + "PoolUpsampleNet, ResNet-18 and more) or open a .nnet file; its shapes, parameters, "
                + "multiplications and memory appear here as you type.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(320, SWT.DEFAULT).applyTo(message);
        newModel = new Button(root, SWT.PUSH);
        newModel.setText("New model…");
        newModel.addListener(SWT.Selection, e -> newModel());
        openModel = new Button(root, SWT.PUSH);
        openModel.setText("Open model…");
        openModel.addListener(SWT.Selection, e -> commands.accept(OpenModelHandler.COMMAND));
    }

    Control control() {
        return root;
    }

    public Button newModelButton() {
        return newModel;
    }

    public Button openModelButton() {
        return openModel;
    }

    /** Opens the New Model wizard; it creates the file in the workspace and opens it in the editor. */
    void newModel() {
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        new WizardDialog(root.getShell(), wizard).open();
    }
}
