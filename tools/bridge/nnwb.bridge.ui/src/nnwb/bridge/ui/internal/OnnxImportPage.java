package nnwb.bridge.ui.internal;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The one page of the import: the {@code .onnx} file, and the workspace folder the {@code .nnet} goes to. */
final class OnnxImportPage extends WizardPage {

    private final IContainer initial;
    private Text file;
    private Text folder;

    OnnxImportPage(IContainer initial) {
        super("onnx");
        this.initial = initial;
        setTitle("ONNX model");
        setDescription("A model exported by torch.onnx.export (export_params=False is enough: weights are not read)");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("ONNX file:");
        file = new Text(c, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] {"*.onnx", "*"});
            String chosen = d.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        new Label(c, SWT.NONE).setText("Into folder:");
        folder = new Text(c, SWT.BORDER);
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        folder.setText(initial == null ? "" : initial.getFullPath().toString());
        file.addListener(SWT.Modify, e -> validate());
        folder.addListener(SWT.Modify, e -> validate());
        setControl(c);
        validate();
    }

    private void validate() {
        setErrorMessage(null);
        boolean ok = !file.getText().isBlank() && folder() != null;
        if (!folder.getText().isBlank() && folder() == null) {
            setErrorMessage("no project or folder " + folder.getText() + " in the workspace");
        }
        setPageComplete(ok);
    }

    String onnxFile() {
        return file.getText().trim();
    }

    /** The workspace folder typed, or null when it does not exist. */
    IContainer folder() {
        String p = folder.getText().trim();
        if (p.isEmpty()) {
            return null;
        }
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(p);
        return r instanceof IContainer c && r.getType() != IResource.ROOT ? c : null;
    }
}
