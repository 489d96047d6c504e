package org.eclipse.help.ui.internal.views;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.forms.IFormPart;

/**
 * The shape of org.eclipse.help.ui's help part, which the cheat sheets' CheatSheetHelpPart implements (for the dialog
 * tray); declared here so that class loads without help.ui. Nothing in NN Workbench calls it.
 */
public interface IHelpPart extends IFormPart {

    void init(ReusableHelpPart parent, String id, IMemento memento);

    void saveState(IMemento memento);

    Control getControl();

    String getId();

    void setVisible(boolean visible);

    boolean hasFocusControl(Control control);

    boolean fillContextMenu(IMenuManager manager);

    IAction getGlobalAction(String id);

    void stop();

    void toggleRoleFilter();

    void refilter();
}
