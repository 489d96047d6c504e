package org.eclipse.help.ui.internal.views;

import org.eclipse.jface.dialogs.DialogTray;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * Stands in for org.eclipse.help.ui's dialog tray, which org.eclipse.ui.cheatsheets names in two classes
 * (OpenCheatSheetAction, CheatSheetViewer) for a cheat sheet opened from inside a modal dialog. The JVM's verifier
 * loads this type when it links those classes, so without help.ui (and its help.base, Lucene and help webapp) the
 * whole cheat sheet support failed to load. NN Workbench opens cheat sheets in the Cheat Sheets view only: this tray
 * has no help part, and asking for one says so.
 */
public class HelpTray extends DialogTray {

    @Override
    protected Control createContents(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText("Cheat sheets open in the Cheat Sheets view (Help > Cheat Sheets...).");
        return label;
    }

    /** Always fails: NN Workbench has no help part for dialogs (org.eclipse.help.ui is not installed). */
    public ReusableHelpPart getHelpPart() {
        throw new UnsupportedOperationException(
                "cheat sheets inside dialogs need org.eclipse.help.ui; open them from Help > Cheat Sheets...");
    }
}
