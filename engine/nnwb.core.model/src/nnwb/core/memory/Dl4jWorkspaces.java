package nnwb.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import nnwb.core.graph.Graph;
import nnwb.core.graph.Node;
import nnwb.core.model.LayerKind;

/**
 * Per-example sizes (fp32 values) of what DL4J holds during one training step of a numeric graph, as
 * {@link Dl4jConvention} models it from {@link Dl4jLayerTable} and {@link Dl4jGradientPool}.
 *
 * @param activations    the activations workspace ({@code WS_ALL_LAYERS_ACT}): every layer's output (the input
 *                       array and flatten views not), convolutions' cached pre-outputs, global pooling's vector copy
 * @param gradients      the activation-gradient workspaces ({@code WS_LAYER_ACT_n}), summed
 * @param gradientSpaces how many of them
 * @param working        the layer working memory ({@code WS_LAYER_WORKING_MEM}): the largest output of an activation
 *                       or batch-norm layer, at least twice the loss layer's output
 * @param workingLayer   the layer that sets it
 * @param batchArrays    the minibatch's features and labels, arrays outside workspaces
 * @param im2col         the largest im2col buffer of a convolution (generic kernels only; not in the total)
 * @param im2colLayer    its convolution, or "none"
 * @param inference      input and every layer output (the inference workspace)
 * @param analogies      kinds in this graph whose table entry is by analogy, not calibrated
 */
record Dl4jWorkspaces(long activations, long gradients, int gradientSpaces, long working, String workingLayer,
        long batchArrays, long im2col, String im2colLayer, long inference, List<String> analogies) {

    static Dl4jWorkspaces of(Graph g) {
        long act = 0;
        long outputs = 0;
        long work = 2 * g.output().outputShape().elements().longValue();
        String workLayer = "the loss layer";
        long col = 0;
        String colLayer = "none";
        TreeSet<String> analogies = new TreeSet<>();
        Node output = g.output();
        boolean softmaxLast = output.kind() == LayerKind.SOFTMAX;
        for (Node n : g.nodes()) {
            long out = n.outputShape().elements().longValue();
            if (n.kind() != LayerKind.FLATTEN) {
                outputs += out;
            }
            if (n.isInput() || (n == output && softmaxLast)) {
                continue;
            }
            Dl4jLayerTable t = Dl4jLayerTable.of(n.kind(), n.outputShape().area().longValue() == 1);
            if (!t.calibrated()) {
                analogies.add(n.kind().keyword());
            }
            act += t.kept() * out;
            if (t.working() && out > work) {
                work = out;
                workLayer = n.name();
            }
            long c = im2col(n);
            if (c > col) {
                col = c;
                colLayer = n.name();
            }
        }
        Dl4jGradientPool pool = Dl4jGradientPool.of(g);
        long batch = g.nodes().get(0).outputShape().elements().longValue() + output.outputShape().elements().longValue();
        return new Dl4jWorkspaces(act, pool.values(), pool.workspaces(), work, workLayer, batch, col, colLayer, outputs,
                new ArrayList<>(analogies));
    }

    /** A convolution's im2col buffer per example: input channels × kernel area × output positions. */
    private static long im2col(Node n) {
        if (n.kind() == LayerKind.CONV) {
            return n.inputShape().channels().multiply(n.params().kernelArea()).multiply(n.outputShape().area()).longValue();
        }
        if (n.kind() == LayerKind.CONV_TRANSPOSE) {
            return n.outputShape().channels().multiply(n.params().kernelArea()).multiply(n.inputShape().area()).longValue();
        }
        return 0;
    }
}
