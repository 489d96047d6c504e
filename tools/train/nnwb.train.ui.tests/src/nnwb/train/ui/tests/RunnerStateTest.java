package nnwb.train.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nnwb.train.ui.internal.RunnerState;
import nnwb.train.ui.internal.RunnerView;
import nnwb.ui.parts.SavedState;
import nnwb.ui.parts.ToolPart;

/** The runner's selected configuration and tab survive a restart, through the part's persisted state. */
class RunnerStateTest {

    private static final String ID = "nnwb.train.ui.runner";

    private static RunnerView find(Composite c) {
        for (Control child : c.getChildren()) {
            if (child.getData(RunnerView.class.getName()) instanceof RunnerView v && !child.isDisposed()) {
                return v;
            }
            if (child instanceof Composite comp) {
                RunnerView v = find(comp);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static void flush() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // run pending events
        }
    }

    @Test
    void theSelectedConfigurationAndTabAreKeptAndANewPartShowsThemAgain() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(ID);
        RunnerView view = find(page.getWorkbenchWindow().getShell());
        TreeItem experiments = view.tree().getItem(1);
        TreeItem run = experiments.getItem(0).getItemCount() > 0 ? experiments.getItem(0).getItem(0) : experiments.getItem(0);
        view.tree().setSelection(run);
        view.tree().notifyListeners(SWT.Selection, new Event());
        view.tabs().setSelection(3);
        view.tabs().notifyListeners(SWT.Selection, new Event());
        flush();
        List<String> path = view.selectedPath();
        assertTrue(path.size() >= 2, path.toString());

        EPartService parts = page.getWorkbenchWindow().getService(EPartService.class);
        MPart model = parts.findPart(ID);
        String saved = model.getPersistedState().get(ToolPart.STATE_KEY);
        assertNotNull(saved, "the selection is in the model at once, before any shutdown");
        assertEquals(new RunnerState(path, 3).format(), saved);

        page.hideView(page.findView(ID));
        flush();
        MPart again = parts.findPart(ID);
        if (again == null) { // the platform removed the element on close; workbench.xmi would carry it
            again = parts.createPart(ID);
            again.getPersistedState().put(ToolPart.STATE_KEY, saved);
        }
        parts.showPart(again, PartState.ACTIVATE);
        flush();
        RunnerView reopened = find(page.getWorkbenchWindow().getShell());
        assertNotSame(view, reopened, "a new part was built");
        assertEquals(path, reopened.selectedPath());
        assertEquals(3, reopened.tabs().getSelectionIndex());

        reopened.tabs().setSelection(0);
        reopened.tabs().notifyListeners(SWT.Selection, new Event());
        flush();
    }

    @Test
    void aCorruptSavedStateIsIgnored() {
        AtomicReference<RunnerState> restored = new AtomicReference<>();
        for (String corrupt : new String[] {"tab = 9\n", "tab = one\n", "selected\n", "colour = red\n",
                "selected = a\n".repeat(RunnerState.MAX_DEPTH + 1), "x".repeat(SavedState.MAX_CHARS + 1)}) {
            assertFalse(SavedState.restore("train", corrupt, text -> restored.set(RunnerState.parse(text))), corrupt);
        }
        assertNull(restored.get(), "nothing was restored, the view keeps its defaults");
        assertTrue(SavedState.restore("train", "selected = a\nselected = b c\ntab = 2\n", text -> restored.set(RunnerState.parse(text))));
        assertEquals(new RunnerState(List.of("a", "b c"), 2), restored.get());
    }
}
