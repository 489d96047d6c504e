package nnwb.filter.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelPreset;
import nnwb.filter.ui.internal.FilterCanvas;
import nnwb.filter.ui.internal.FilterCanvasPart;
import nnwb.filter.ui.internal.FilterState;
import nnwb.filter.ui.internal.KernelEditor;
import nnwb.test.harness.Parts;
import nnwb.ui.parts.SavedState;
import nnwb.ui.parts.ToolPart;

/** The painted kernel survives a restart: kept in the part's persisted state and read back by a new part. */
class FilterStateTest {

    @Test
    void thePaintedKernelIsKeptInThePartsPersistedStateAndANewPartShowsItAgain() throws Exception {
        FilterCanvas canvas = Canvases.open();
        canvas.model().edit(KernelPreset.SOBEL_X.kernel(), KernelPreset.SOBEL_X.key());
        KernelEditor editor = canvas.kernel().editor();
        Canvases.dragUp(editor.control(), editor.cellCentre(1, 1), 50); // paint the centre weight 0 -> 0.5
        Canvases.settle(100);
        Kernel painted = canvas.model().kernel();
        assertFalse(painted.equals(KernelPreset.SOBEL_X.kernel()), "the stroke changed the kernel");
        canvas.tabs().setSelection(2);
        canvas.tabs().notifyListeners(SWT.Selection, new Event());
        Canvases.settle(100);

        EPartService parts = Canvases.page().getWorkbenchWindow().getService(EPartService.class);
        MPart model = parts.findPart(FilterCanvasPart.ID);
        String saved = model.getPersistedState().get(ToolPart.STATE_KEY);
        assertNotNull(saved, "the kernel is in the model at once, before any shutdown");
        assertEquals(new FilterState(painted, "painted", 2).format(), saved);
        FilterCanvasPart part = Parts.find(Canvases.page().getWorkbenchWindow().getShell(), FilterCanvasPart.class);
        part.persist(); // what the renderer calls when the part's GUI is removed
        assertEquals(saved, model.getPersistedState().get(ToolPart.STATE_KEY));

        Canvases.restore();
        Canvases.page().hideView(Canvases.page().findView(FilterCanvasPart.ID));
        Canvases.settle(100);
        MPart again = parts.findPart(FilterCanvasPart.ID);
        if (again == null) { // the platform removed the element on close; workbench.xmi would carry it
            again = parts.createPart(FilterCanvasPart.ID);
            again.getPersistedState().put(ToolPart.STATE_KEY, saved);
        }
        parts.showPart(again, PartState.ACTIVATE);
        Canvases.settle(100);
        FilterCanvas reopened = Canvases.open();
        assertNotSame(canvas, reopened, "a new part was built");
        assertEquals(painted, reopened.model().kernel());
        assertEquals("painted", reopened.model().source());
        assertEquals(2, reopened.tabs().getSelectionIndex());

        reopened.model().edit(KernelPreset.SOBEL_X.kernel(), KernelPreset.SOBEL_X.key()); // the defaults for other tests
        reopened.showTab(0);
        Canvases.restore();
    }

    @Test
    void aCorruptOrHugeSavedStateIsIgnoredAndTheDefaultsStay() {
        AtomicReference<FilterState> restored = new AtomicReference<>();
        for (String corrupt : new String[] {"kernel = 1,2;3\n", "kernel = 99x99 of nothing\n", "tab = 1\n",
                "kernel = 1,0,-1\ntab = 7\n", "kernel = 1\ncolour = red\n", "no equals sign",
                "kernel = " + "1,".repeat(FilterState.MAX_LINE) + "1\n", "k".repeat(SavedState.MAX_CHARS + 1)}) {
            assertFalse(SavedState.restore("filter", corrupt, text -> restored.set(FilterState.parse(text))), corrupt);
        }
        assertNull(restored.get(), "nothing was restored, the canvas keeps its Sobel kernel");
        Kernel k = Kernel.of(new double[][] {{0.25, -1}, {0, 2}});
        assertTrue(SavedState.restore("filter", new FilterState(k, "painted", 3).format(),
                text -> restored.set(FilterState.parse(text))));
        assertEquals(k, restored.get().kernel());
        assertEquals(3, restored.get().tab());
    }
}
