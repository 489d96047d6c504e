package nnwb.model.ui.tests;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nnwb.model.ui.internal.summary.ModelSummaryPart;

/** Finds the Model summary part (an e4 POJO) in the window through the data it leaves on its root control. */
final class SummaryParts {

    private SummaryParts() {
    }

    static ModelSummaryPart show(IWorkbenchPage page) throws PartInitException {
        page.showView(ModelSummaryPart.ID);
        ModelSummaryPart part = find(page.getWorkbenchWindow().getShell());
        if (part == null) {
            throw new AssertionError("the Model summary part is not in the window");
        }
        return part;
    }

    private static ModelSummaryPart find(Composite c) {
        for (Control child : c.getChildren()) {
            if (child.getData(ModelSummaryPart.class.getName()) instanceof ModelSummaryPart p) {
                return p;
            }
            if (child instanceof Composite k) {
                ModelSummaryPart p = find(k);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }
}
