package nnwb.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nnwb.core.conv.AxisResult;
import nnwb.core.conv.ConvKind;
import nnwb.core.conv.ConvSolver;
import nnwb.core.conv.LayerResult;
import nnwb.core.conv.MinInputAnswer;
import nnwb.core.conv.TransposedSolution;
import nnwb.core.json.Json;

/** The JSON document: in 2D every per-axis value becomes a [width, height] pair. */
public final class ConvJson {

    private ConvJson() {
    }

    public static Map<String, Object> build(LayerResult r, List<Long> targets) {
        boolean two = r.spec().is2d();
        List<AxisResult> axes = r.axes();
        Map<String, Object> m = Json.object();
        m.put("outputSize", pick(two, r.outputShape()));
        m.put("formula", pick(two, axes.stream().map(a -> a.formula().text()).toList()));
        m.put("warnings", r.warningMessages());
        boolean transposed = r.spec().kind() == ConvKind.TRANSPOSED;
        if (!transposed) {
            Map<String, Object> same = Json.object();
            same.put("before", pick(two, axes.stream().map(a -> a.samePadding().before()).toList()));
            same.put("after", pick(two, axes.stream().map(a -> a.samePadding().after()).toList()));
            m.put("samePadding", same);
        }
        if (targets == null) {
            return m;
        }
        if (transposed) {
            List<List<TransposedSolution>> per = axes.stream()
                    .map(a -> ConvSolver.transposed(a.spec(), targets.get(a.axis())).solutions()).toList();
            m.put("solutions", two ? pairs(per.get(0), per.get(1)) : per.get(0).stream().map(t -> solution(t.padding(), t.outputPadding())).toList());
        } else {
            m.put("minInput", pick(two, axes.stream().map(a -> {
                MinInputAnswer ans = ConvSolver.minInput(a.spec(), targets.get(a.axis()));
                return ans.exists() ? (Object) ans.minInput() : null;
            }).toList()));
            m.put("paddings", pick(two, axes.stream().map(a -> ConvSolver.convPaddings(a.spec(), targets.get(a.axis()))).toList()));
        }
        return m;
    }

    private static List<Object> pairs(List<TransposedSolution> w, List<TransposedSolution> h) {
        List<Object> all = new ArrayList<>();
        for (TransposedSolution a : w) {
            for (TransposedSolution b : h) {
                all.add(solution(List.of(a.padding(), b.padding()), List.of(a.outputPadding(), b.outputPadding())));
            }
        }
        return all;
    }

    private static Map<String, Object> solution(Object padding, Object outputPadding) {
        Map<String, Object> m = Json.object();
        m.put("padding", padding);
        m.put("outputPadding", outputPadding);
        return m;
    }

    private static Object pick(boolean two, List<?> perAxis) {
        return two ? perAxis : perAxis.get(0);
    }
}
