package nnwb.optim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.junit.jupiter.api.Test;

import nnwb.optim.OptimPreset;
import nnwb.optim.ui.internal.OptimSession;
import nnwb.optim.ui.internal.OptimTracePart;
import nnwb.optim.ui.internal.TraceView;
import nnwb.ui.parts.SavedState;
import nnwb.ui.parts.ToolPart;

/** The trace setup survives a restart: it is kept in the part's persisted state and read back by a new part. */
class OptimStateTest {

    private static final String SETUP = """
            problem = least-squares
            problem.X = 3,1
            problem.t = 1
            steps = 37
            optimizer = sgd lr=0.07
            optimizer = adam lr=0.02
            """;

    @Test
    void theSetupIsKeptInThePartsPersistedStateAndANewPartShowsItAgain() throws Exception {
        TraceView view = OptimViews.open();
        view.setBackend(TraceView.Backend.ENGINE_ONLY);
        assertTrue(view.openPreset(SETUP), view.status().getText());
        OptimViews.type(view.problemForm().stepsField(), "41"); // and an edit typed in the form
        String expected = OptimPreset.parse(SETUP.replace("steps = 37", "steps = 41")).format();
        EPartService parts = OptimViews.page().getWorkbenchWindow().getService(EPartService.class);
        MPart model = parts.findPart(OptimTracePart.ID);
        String saved = model.getPersistedState().get(ToolPart.STATE_KEY);
        assertNotNull(saved, "the setup is in the model at once, before any shutdown");
        assertEquals(expected, saved);
        ((OptimTracePart) model.getObject()).persist(); // what the renderer calls when the part's GUI is removed
        assertEquals(saved, model.getPersistedState().get(ToolPart.STATE_KEY));

        // the restart: the part's GUI is removed, a new part object is built from the model element
        OptimViews.page().hideView(OptimViews.page().findView(OptimTracePart.ID));
        OptimViews.flush();
        MPart again = parts.findPart(OptimTracePart.ID);
        if (again == null) { // the platform removed the element on close; workbench.xmi would carry it
            again = parts.createPart(OptimTracePart.ID);
            again.getPersistedState().putAll(Map.of(ToolPart.STATE_KEY, saved));
        }
        parts.showPart(again, PartState.ACTIVATE);
        OptimViews.flush();
        TraceView reopened = OptimViews.open();
        assertNotSame(view, reopened, "a new part was built");
        OptimSession s = reopened.session();
        assertEquals(41, s.steps());
        assertEquals("3,1", s.problemOptions().get("X"));
        assertEquals(2, s.optimizers().size());
        assertEquals(expected, s.toPreset().format());
        assertEquals("41", reopened.problemForm().stepsField().getText(), "the form shows the restored setup");

        reopened.restore(new OptimSession().toPreset()); // leave the defaults for the other tests
        OptimViews.flush();
    }

    @Test
    void aCorruptOrHugeSavedStateIsIgnoredAndTheDefaultsStay() {
        OptimSession s = new OptimSession();
        String defaults = s.toPreset().format();
        assertFalse(SavedState.restore("optim", "problem = no-such-problem\noptimizer = warp lr=x\n",
                text -> s.load(OptimPreset.parse(text))));
        assertFalse(SavedState.restore("optim", "\u0000\u0001garbage", text -> s.load(OptimPreset.parse(text))));
        assertFalse(SavedState.restore("optim", SETUP + "#".repeat(SavedState.MAX_CHARS), text -> s.load(OptimPreset.parse(text))));
        assertEquals(defaults, s.toPreset().format());
        assertTrue(SavedState.restore("optim", SETUP, text -> s.load(OptimPreset.parse(text))));
        assertEquals(37, s.steps());
    }
}
