package nnwb.core.filter.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Undo and redo of kernel edits. */
class KernelHistoryTest {

    private static final Kernel START = Kernel.zeros(3, 3);

    @Test
    void undoAndRedoWalkTheEdits() {
        KernelHistory h = new KernelHistory(START);
        Kernel a = START.with(0, 0, 1);
        Kernel b = a.with(1, 1, 2);
        h.edit(a);
        h.edit(b);
        assertEquals(a, h.undo());
        assertEquals(START, h.undo());
        assertFalse(h.canUndo());
        assertEquals(START, h.undo());
        assertEquals(a, h.redo());
        assertEquals(b, h.redo());
        assertFalse(h.canRedo());
        assertEquals(b, h.redo());
    }

    @Test
    void aNewEditForgetsTheRedoSteps() {
        KernelHistory h = new KernelHistory(START);
        h.edit(START.with(0, 0, 1));
        h.undo();
        h.edit(KernelPreset.SOBEL_X.kernel());
        assertFalse(h.canRedo());
        assertEquals(1, h.undoDepth());
    }

    @Test
    void anEditThatChangesNothingIsNoStep() {
        KernelHistory h = new KernelHistory(START);
        h.edit(Kernel.zeros(3, 3));
        assertFalse(h.canUndo());
    }

    @Test
    void aPaintStrokeIsOneStep() {
        KernelHistory h = new KernelHistory(START);
        Kernel k = h.edit(h.current().adjusted(1, 1, 0.1));
        for (int i = 0; i < 20; i++) {
            k = h.amend(k.adjusted(1, 1, 0.1));
        }
        assertEquals(2.1, h.current().get(1, 1), 1e-12);
        assertEquals(1, h.undoDepth());
        assertEquals(START, h.undo());
    }

    @Test
    void theHistoryKeepsOnlyItsLimit() {
        KernelHistory h = new KernelHistory(START, 3);
        for (int i = 1; i <= 10; i++) {
            h.edit(START.with(0, 0, i));
        }
        assertEquals(3, h.undoDepth());
        h.undo();
        h.undo();
        assertEquals(7, h.undo().get(0, 0));
        assertFalse(h.canUndo());
        assertTrue(h.canRedo());
    }

    @Test
    void aLimitOutsideTheRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new KernelHistory(START, 0));
        assertThrows(IllegalArgumentException.class, () -> new KernelHistory(null));
    }
}
