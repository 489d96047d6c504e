package nnwb.conv.ui.tests;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.ui.IWorkbenchPage;

import nnwb.conv.ui.internal.ConvCalculatorPart;

/** Finds the calculator part behind the open view through its SWT controls. */
final class ConvCalculatorViewTestSupport {

    private ConvCalculatorViewTestSupport() {
    }

    static ConvCalculatorPart part(IWorkbenchPage page) {
        return find(page.getWorkbenchWindow().getShell());
    }

    private static ConvCalculatorPart find(Composite c) {
        for (Control child : c.getChildren()) {
            if (child instanceof TabFolder t && t.getData(ConvCalculatorPart.class.getName()) != null) {
                return (ConvCalculatorPart) t.getData(ConvCalculatorPart.class.getName());
            }
            if (child instanceof Composite comp) {
                ConvCalculatorPart p = find(comp);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }
}
