package nnwb.core.filter.op;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnwb.core.filter.Image;

/** The JSON shape of a filtering result, as maps and lists any JSON writer accepts. */
public final class FilterJson {

    private FilterJson() {
    }

    /**
     * {@code output}: a list of rows for a one-channel image, a list of channels of rows otherwise;
     * {@code outputShape}: {@code [rows, cols]} or {@code [channels, rows, cols]}; plus {@code description}.
     */
    public static Map<String, Object> of(FilterPlan plan, Image output) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (output.isGray()) {
            m.put("output", output.channel(0).toLists());
            m.put("outputShape", List.of(output.rows(), output.cols()));
        } else {
            m.put("output", output.channels().stream().map(c -> c.toLists()).toList());
            m.put("outputShape", List.of(output.channelCount(), output.rows(), output.cols()));
        }
        m.put("mode", plan.spec().mode().label());
        m.put("padding", plan.spec().padMode().label());
        m.put("description", plan.describe());
        m.put("warnings", plan.warnings());
        return m;
    }
}
