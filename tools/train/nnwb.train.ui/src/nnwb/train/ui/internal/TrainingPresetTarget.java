package nnwb.train.ui.internal;

import org.osgi.service.component.annotations.Component;

import nnwb.contracts.PresetTarget;
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
}
