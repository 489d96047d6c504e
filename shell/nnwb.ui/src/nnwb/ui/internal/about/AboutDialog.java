package nnwb.ui.internal.about;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nnwb.core.VersionReport;

/** Help &gt; About: the versions {@code nnwb version} prints, in a table. */
public class AboutDialog extends Dialog {

    private final Map<String, String> compute;

    /** With the compute service's versions ({@code dl4j}, {@code nd4j}, backend), empty when none is installed. */
    public AboutDialog(Shell parent, Map<String, String> compute) {
        super(parent);
        this.compute = compute;
    }

    /** The same report the CLI prints, with bundle versions from the running platform. */
    public static Map<String, String> versions(Map<String, String> compute) {
        return VersionReport.collect(
                name -> Optional.ofNullable(Platform.getBundle(name)).map(b -> b.getVersion().toString()).orElse(null),
                compute).entries();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("About NN Workbench");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("NN Workbench: design, analyse and train the networks of your neural-network course.");
        Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        new TableColumn(table, SWT.LEFT).setText("Component");
        new TableColumn(table, SWT.LEFT).setText("Version");
        versions(compute).forEach((k, v) -> new TableItem(table, SWT.NONE).setText(new String[] {k, v}));
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 260).applyTo(table);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
