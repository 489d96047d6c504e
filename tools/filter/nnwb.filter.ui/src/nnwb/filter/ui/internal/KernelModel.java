package nnwb.filter.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelHistory;
import nnwb.core.filter.kernel.KernelPreset;

/**
 * The kernel being designed and its undo history, shared by the editor and every tab. A paint stroke is one undo
 * step: {@link #beginStroke()}, any number of {@link #strokeTo}, {@link #endStroke()}. Listeners hear every change
 * and whether a stroke is still going on (the canvas then takes its quick preview path).
 */
public final class KernelModel {

    /** Hears kernel changes. */
    public interface Listener {
        void kernelChanged(Kernel kernel, boolean painting);
    }

    private final KernelHistory history;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private boolean stroking;
    private boolean strokeChanged;
    private String source;

    KernelModel() {
        history = new KernelHistory(KernelPreset.SOBEL_X.kernel());
        source = KernelPreset.SOBEL_X.key();
    }

    public Kernel kernel() {
        return history.current();
    }

    /** Where the kernel came from, e.g. a preset's name or "painted". */
    public String source() {
        return source;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** Makes {@code k} current as one undoable step. */
    public void edit(Kernel k, String from) {
        Kernel before = history.current();
        source = from;
        history.edit(k);
        if (!history.current().equals(before)) {
            fire(false);
        }
    }

    public void beginStroke() {
        stroking = true;
        strokeChanged = false;
    }

    /** The stroke's kernel so far (the first change of a stroke makes the undo step). */
    public void strokeTo(Kernel k) {
        if (!stroking) {
            edit(k, "edited");
            return;
        }
        if (!strokeChanged) {
            history.edit(k);
            strokeChanged = true;
        } else {
            history.amend(k);
        }
        source = "painted";
        fire(true);
    }

    public void endStroke() {
        boolean changed = stroking && strokeChanged;
        stroking = false;
        if (changed) {
            fire(false);
        }
    }

    public boolean painting() {
        return stroking;
    }

    public void undo() {
        if (!history.canUndo()) {
            return;
        }
        history.undo();
        source = "undo";
        fire(false);
    }

    public void redo() {
        if (!history.canRedo()) {
            return;
        }
        history.redo();
        source = "redo";
        fire(false);
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    private void fire(boolean painting) {
        Kernel k = history.current();
        for (Listener l : listeners) {
            l.kernelChanged(k, painting);
        }
    }
}
