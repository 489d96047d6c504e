package nnwb.conv.ui.tests;

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
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import nnwb.conv.ui.internal.CalculatorInput;
import nnwb.conv.ui.internal.ConvCalculatorPart;
import nnwb.conv.ui.internal.ConvState;
import nnwb.core.conv.ConvKind;
import nnwb.core.conv.Field;
import nnwb.core.conv.PaddingMode;
import nnwb.ui.parts.SavedState;
import nnwb.ui.parts.ToolPart;

/** The calculator's inputs survive a restart: kept in the part's persisted state and read back by a new part. */
class ConvStateTest {

    private static final String ID = "nnwb.conv.ui.calculator";

    private static void flush() {
        Display d = Display.getCurrent();
        while (d.readAndDispatch()) {
            // run pending events
        }
    }

    private static void type(Text t, String value) {
        t.setText(value); // fires Modify as typing does
        flush();
    }

    @Test
    void theInputsAreKeptInThePartsPersistedStateAndANewPartShowsThemAgain() throws Exception {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        page.showView(ID);
        ConvCalculatorPart part = ConvCalculatorViewTestSupport.part(page);
        part.layer().reset();
        type(part.layer().form().field(0, Field.INPUT), "11");
        type(part.layer().form().field(1, Field.KERNEL), "5");
        type(part.layer().form().field(0, Field.PAD_AFTER), "0");
        type(part.stack().layers(), "k5s1,k2s2");
        part.tabs().setSelection(1);
        part.tabs().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        flush();

        EPartService parts = page.getWorkbenchWindow().getService(EPartService.class);
        MPart model = parts.findPart(ID);
        String saved = model.getPersistedState().get(ToolPart.STATE_KEY);
        assertNotNull(saved, "the inputs are in the model at once, before any shutdown");
        assertTrue(saved.contains("input.0 = 11") && saved.contains("kernel.1 = 5") && saved.contains("layers = k5s1,k2s2")
                && saved.contains("tab = 1"), saved);
        part.persist(); // what the renderer calls when the part's GUI is removed
        assertEquals(saved, model.getPersistedState().get(ToolPart.STATE_KEY));

        page.hideView(page.findView(ID));
        flush();
        MPart again = parts.findPart(ID);
        if (again == null) { // the platform removed the element on close; workbench.xmi would carry it
            again = parts.createPart(ID);
            again.getPersistedState().put(ToolPart.STATE_KEY, saved);
        }
        parts.showPart(again, PartState.ACTIVATE);
        flush();
        ConvCalculatorPart reopened = ConvCalculatorViewTestSupport.part(page);
        assertNotSame(part, reopened, "a new part was built");
        assertEquals("11", reopened.layer().form().field(0, Field.INPUT).getText());
        assertEquals("7", reopened.layer().form().field(1, Field.INPUT).getText());
        assertEquals("5", reopened.layer().form().field(1, Field.KERNEL).getText());
        assertEquals("0", reopened.layer().form().field(0, Field.PAD_AFTER).getText());
        assertEquals("1", reopened.layer().form().field(0, Field.PAD_BEFORE).getText());
        assertEquals("11", reopened.layer().input().get(0, Field.INPUT), "the calculation uses the restored inputs");
        assertEquals("k5s1,k2s2", reopened.stack().layers().getText());
        assertEquals(1, reopened.tabs().getSelectionIndex());

        reopened.layer().reset(); // leave the defaults for the other tests
        reopened.tabs().setSelection(0);
        flush();
    }

    @Test
    void theTextReadsBackWhatWasWritten() {
        CalculatorInput in = new CalculatorInput();
        in.setTwoD(false);
        in.setKind(ConvKind.TRANSPOSED);
        in.setMode(PaddingMode.CIRCULAR);
        in.set(0, Field.TARGET, "14");
        in.set(1, Field.STRIDE, "3");
        ConvState back = ConvState.parse(new ConvState(in, "k3s1", 1).format());
        assertFalse(back.input().twoD());
        assertEquals(ConvKind.TRANSPOSED, back.input().kind());
        assertEquals(PaddingMode.CIRCULAR, back.input().mode());
        assertEquals("14", back.input().get(0, Field.TARGET));
        assertEquals("3", back.input().get(1, Field.STRIDE));
        assertEquals("k3s1", back.layers());
        assertEquals(1, back.tab());
    }

    @Test
    void aCorruptOrHugeSavedStateIsIgnoredAndTheDefaultsStay() {
        AtomicReference<ConvState> restored = new AtomicReference<>();
        for (String corrupt : new String[] {"dims = 3\n", "kind = sideways\n", "input.7 = 4\n", "garbage without equals",
                "tab = 9\n", "layers = " + "k".repeat(ConvState.MAX_VALUE + 1) + "\n", "x".repeat(SavedState.MAX_CHARS + 1)}) {
            assertFalse(SavedState.restore("conv", corrupt, text -> restored.set(ConvState.parse(text))), corrupt);
        }
        assertNull(restored.get(), "nothing was restored, the view keeps its defaults");
        assertTrue(SavedState.restore("conv", "input.0 = 9\n", text -> restored.set(ConvState.parse(text))));
        assertEquals("9", restored.get().input().get(0, Field.INPUT));
        assertEquals(new CalculatorInput().get(1, Field.INPUT), restored.get().input().get(1, Field.INPUT));
    }
}
