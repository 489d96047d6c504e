package nnwb.conv.ui.internal;

import org.osgi.service.component.annotations.Component;

import nnwb.contracts.PresetTarget;
import nnwb.core.assignment.Preset;

/** How the assignments' presets reach the conv calculator: registered on the preset whiteboard. */
@Component
public final class ConvPresetTarget implements PresetTarget {

    @Override
    public String tool() {
        return Preset.CONV_CALCULATOR;
    }

    @Override
    public String name() {
        return "the conv calculator";
    }

    @Override
    public String viewId() {
        return "nnwb.conv.ui.calculator";
    }
}
