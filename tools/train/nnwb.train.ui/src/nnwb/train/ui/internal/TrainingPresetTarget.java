package nnwb.train.ui.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import nnwb.contracts.PresetTarget;
import nnwb.contracts.Topics;
import nnwb.core.assignment.Preset;

/** How the assignments' presets reach the training runner: registered on the preset whiteboard. */
@Component
public final class TrainingPresetTarget implements PresetTarget {

    @Override
    public String tool() {
        return Preset.TRAINING_RUNNER;
    }

    @Override
    public String name() {
        return "the training runner";
    }

    @Override
    public String viewId() {
        return "nnwb.train.ui.runner";
    }

    /** The preset's run configuration ({@code .nnrun} text) goes to the runner in its own topic. */
    @Override
    public List<Posting> postings(Preset preset, String text) {
        return text.isEmpty() ? List.of() : List.of(new Posting(Topics.TRAIN_OPEN_RUN, text));
    }
}
