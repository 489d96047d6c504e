package nnwb.train;

import java.util.ArrayList;
import java.util.List;

import nnwb.compute.graph.GraphSpec;
import nnwb.compute.train.LayerSetup;
import nnwb.core.data.LayerOption;
import nnwb.core.data.RunConfig;

/** A run configuration's per-layer options ({@link LayerOption}, kernels as text) in the compute API's words. */
public final class LayerOptions {

    private LayerOptions() {
    }

    /**
     * The setups of {@code c}, checked against the network {@code graph}.
     *
     * @throws RunProblem naming the layer when a kernel cannot be read, the layer is unknown, has no weights, or its
     *                    kernel size or output channels differ from the kernels given
     */
    public static List<LayerSetup> of(RunConfig c, GraphSpec graph) {
        List<LayerSetup> out = new ArrayList<>();
        for (LayerOption o : c.layers()) {
            try {
                out.add(new LayerSetup(o.layer(), o.frozen(), o.kernelValues()));
            } catch (IllegalArgumentException e) {
                throw new RunProblem(e.getMessage());
            }
        }
        String p = LayerSetup.problem(graph, out);
        if (p != null) {
            throw new RunProblem(c.modelLabel() + ": " + p);
        }
        return out;
    }
}
