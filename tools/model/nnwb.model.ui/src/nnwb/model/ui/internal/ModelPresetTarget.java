package nnwb.model.ui.internal;

import org.osgi.service.component.annotations.Component;

import nnwb.contracts.PresetTarget;
import nnwb.core.assignment.Preset;

/** How the assignments' presets reach the model editor: registered on the preset whiteboard. */
@Component
public final class ModelPresetTarget implements PresetTarget {

    @Override
    public String tool() {
        return Preset.MODEL_EDITOR;
    }

    @Override
    public String name() {
        return "the model editor";
    }

    @Override
    public String viewId() {
        return "";
    }

    @Override
    public boolean opensInEditor() {
        return true;
    }

    @Override
    public String label() {
        return "Open the model in the editor";
    }
}
