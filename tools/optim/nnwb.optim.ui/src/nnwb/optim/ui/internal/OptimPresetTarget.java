package nnwb.optim.ui.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nnwb.contracts.PresetTarget;
import nnwb.contracts.Topics;
import nnwb.core.assignment.Preset;

/** How the assignments' presets reach the optimizer trace: registered on the preset whiteboard. */
@Component
public final class OptimPresetTarget implements PresetTarget {

    @Override
    public String tool() {
        return Preset.OPTIMIZER_TRACE;
    }

    @Override
    public String name() {
        return "the optimizer trace";
    }

    @Override
    public String viewId() {
        return OptimTracePart.ID;
    }

    /** The preset file's text goes to the trace view in its own topic. */
    @Override
    public List<Posting> postings(Preset preset, String text) {
        return text.isEmpty() ? List.of() : List.of(new Posting(Topics.OPTIM_OPEN_PRESET, text));
    }
}
