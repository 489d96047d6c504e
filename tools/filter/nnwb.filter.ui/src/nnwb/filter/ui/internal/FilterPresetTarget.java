package nnwb.filter.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import nnwb.contracts.KernelSet;
import nnwb.contracts.PresetTarget;
import nnwb.contracts.Topics;
import nnwb.core.assignment.Preset;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;

/** How the assignments' presets reach the filter canvas: registered on the preset whiteboard. */
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

    /** A preset with a {@code kernel} parameter sends that kernel to the canvas as a {@link KernelSet}. */
    @Override
    public List<Posting> postings(Preset preset, String text) {
        String spec = preset.parameters().get("kernel");
        if (spec == null) {
            return List.of();
        }
        Kernel k = KernelParser.parse(spec);
        double[][] rows = new double[k.rows()][k.cols()];
        for (int i = 0; i < k.rows(); i++) {
            for (int j = 0; j < k.cols(); j++) {
                rows[i][j] = k.get(i, j);
            }
        }
        List<String> params = new ArrayList<>();
        preset.parameters().forEach((key, v) -> {
            if (!key.equals(WORKSPACE_FILE)) {
                params.add(key + " = " + v);
            }
        });
        return List.of(new Posting(Topics.FILTER_OPEN_KERNELS,
                new KernelSet("Assignment preset: " + String.join("; ", params), List.<double[][]>of(rows))));
    }
}
