package nnwb.model.ui.tests;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import nnwb.model.ui.internal.summary.ModelSummaryPart;
import nnwb.ui.parts.FileChooser;
import nnwb.test.harness.Parts;

/** Finds the Model summary part (an e4 POJO) in the window through the data it leaves on its root control. */
final class SummaryParts {

    private SummaryParts() {
    }

    static ModelSummaryPart show(IWorkbenchPage page) throws PartInitException {
        page.showView(ModelSummaryPart.ID);
        ModelSummaryPart part = Parts.find(page.getWorkbenchWindow().getShell(), ModelSummaryPart.class);
        if (part == null) {
            throw new AssertionError("the Model summary part is not in the window");
        }
        return part;
    }

    /**
     * Clicks the summary's button {@code text} with the part's file chooser answering {@code file}: the button runs
     * its command, whose handler (in the part's context) reads or writes the file. Returns the name it suggested.
     */
    static String clickWithFile(IWorkbenchPage page, ModelSummaryPart part, String text, Path file) {
        String[] suggested = {""};
        IEclipseContext context = page.getWorkbenchWindow().getService(EPartService.class).findPart(ModelSummaryPart.ID).getContext();
        context.set(FileChooser.class, new FileChooser() {
            @Override
            public Optional<Path> save(String extension, String name) {
                suggested[0] = name;
                return Optional.of(file);
            }

            @Override
            public Optional<Path> open(String... extensions) {
                return Optional.of(file);
            }
        });
        try {
            Button b = button(part.control(), text);
            if (b == null) {
                throw new AssertionError("no button " + text);
            }
            b.notifyListeners(SWT.Selection, new Event());
        } finally {
            context.remove(FileChooser.class);
        }
        return suggested[0];
    }

    private static Button button(Control c, String text) {
        if (c instanceof Button b && text.equals(b.getText()) && b.getVisible()) {
            return b;
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                Button b = button(child, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }
}
