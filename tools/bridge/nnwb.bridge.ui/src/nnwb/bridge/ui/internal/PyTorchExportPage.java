package nnwb.bridge.ui.internal;

import java.nio.file.Path;
import org.eclipse.core.resources.IFile;
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

/**
 * The one page of the export: the workspace {@code .nnet} file, the symbol values (as {@code --set}), and the
 * {@code .py} file on disk (by default next to the model).
 */
final class PyTorchExportPage extends WizardPage {

    private final IFile initial;
    private Text model;
    private Text symbols;
    private Text out;
    /** Whether the user typed the output path; until then it follows the model. */
    private boolean outTyped;
    private boolean settingOut;

    PyTorchExportPage(IFile initial) {
        super("pytorch");
        this.initial = initial;
        setTitle("PyTorch module");
        setDescription("Writes the model as a torch.nn.Module (.py): blocks as sub-modules, shapes as comments");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("Model (.nnet):");
        model = new Text(c, SWT.BORDER);
        model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        model.setText(initial == null ? "" : initial.getFullPath().toString());
        new Label(c, SWT.NONE).setText("Symbol values:");
        symbols = new Text(c, SWT.BORDER);
        symbols.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        symbols.setMessage("e.g. classes=10 (empty: the defaults in the model)");
        new Label(c, SWT.NONE).setText("Python file:");
        out = new Text(c, SWT.BORDER);
        out.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.SAVE);
            d.setFilterExtensions(new String[] {"*.py", "*"});
            d.setOverwrite(true);
            String chosen = d.open();
            if (chosen != null) {
                out.setText(chosen);
            }
        });
        Label note = new Label(c, SWT.WRAP);
        note.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        note.setText("Layer names become attribute names (state_dict keys). Run the file with python3 to build the "
                + "model, count its parameters and run one forward pass.");
        model.addListener(SWT.Modify, e -> {
            followModel();
            validate();
        });
        out.addListener(SWT.Modify, e -> {
            if (!settingOut) {
                outTyped = true;
            }
            validate();
        });
        symbols.addListener(SWT.Modify, e -> validate());
        followModel();
        setControl(c);
        validate();
    }

    /** The default output: the model's file on disk with {@code .py}, until the user types another path. */
    private void followModel() {
        if (outTyped) {
            return;
        }
        IFile f = modelFile();
        settingOut = true;
        try {
            out.setText(f == null || f.getLocation() == null ? ""
                    : f.getLocation().removeFileExtension().addFileExtension("py").toOSString());
        } finally {
            settingOut = false;
        }
    }

    private void validate() {
        String error = null;
        if (!model.getText().isBlank() && modelFile() == null) {
            error = "no file " + model.getText().trim() + " in the workspace";
        } else if (!symbols.getText().isBlank()) {
            try {
                nnwb.bridge.PyTorchFiles.symbols(symbols.getText());
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        setErrorMessage(error);
        setPageComplete(error == null && modelFile() != null && !out.getText().isBlank());
    }

    /** The workspace file typed, or null when there is none. */
    IFile modelFile() {
        String p = model.getText().trim();
        if (p.isEmpty()) {
            return null;
        }
        IResource r = ResourcesPlugin.getWorkspace().getRoot().findMember(p);
        return r instanceof IFile f ? f : null;
    }

    String symbolText() {
        return symbols.getText();
    }

    Path outFile() {
        return Path.of(out.getText().trim());
    }
}
