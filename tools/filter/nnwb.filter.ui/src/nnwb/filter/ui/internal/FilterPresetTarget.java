package nnwb.filter.ui.internal;

import org.osgi.service.component.annotations.Component;

import nnwb.contracts.PresetTarget;
import nnwb.core.assignment.Preset;

/**
 * How the assignments' presets reach the filter canvas: registered on the preset whiteboard. The canvas reads the
 * preset itself from {@link nnwb.contracts.Topics#PRESET_OPENED} ({@link FilterCanvasPart#presetOpened}): kernel,
 * input, operation, padding and stride go to its Image tab ({@link CanvasPreset}).
 */
@Component
public final class FilterPresetTarget implements PresetTarget {

    @Override
    public String tool() {
        return Preset.FILTER_CANVAS;
    }

    @Override
    public String name() {
        return "the filter canvas";
    }

    @Override
    public String viewId() {
        return FilterCanvasPart.ID;
    }
}
