package nnwb.core.memory;

import nnwb.core.graph.Node;
import nnwb.core.model.LayerKind;
import nnwb.core.symbolic.Poly;

/**
 * Per-example sizes (fp32 values) of DL4J's training workspaces for a numeric graph, as {@link Dl4jConvention}
 * models them, with the layers that set the two maxima.
 *
 * @param activations     input, layer outputs (flatten a view), batch-norm centred and normalised inputs,
 *                        dropout masks and the one-hot labels
 * @param gradients       the largest input gradient plus output gradient of one layer
 * @param gradientLayer   the layer of that maximum
 * @param forwardWorking  the largest im2col buffer of a convolution
 * @param backwardWorking twice that (im2col and its gradient in backprop)
 * @param workingLayer    the convolution of that maximum, or "none"
 * @param inference       input and every layer output (the inference workspace)
 */
record Dl4jWorkspaces(Poly activations, Poly gradients, String gradientLayer, Poly forwardWorking, Poly backwardWorking,
        String workingLayer, Poly inference) {

    static Dl4jWorkspaces of(nnwb.core.graph.Graph g) {
        Poly act = Poly.ZERO;
        Poly outputs = Poly.ZERO;
        Poly grad = Poly.ZERO;
        String gradLayer = "none";
        Poly col = Poly.ZERO;
        String colLayer = "none";
        for (Node n : g.nodes()) {
            Poly out = n.outputShape().elements();
            if (n.kind() != LayerKind.FLATTEN) {
                act = act.add(out);
                outputs = outputs.add(out);
            }
            if (n.isInput()) {
                continue;
            }
            Poly inValues = n.inputShape().elements();
            if (n.kind() == LayerKind.BATCH_NORM) {
                act = act.add(inValues.multiply(2));
            } else if (n.kind() == LayerKind.DROPOUT) {
                act = act.add(out);
            }
            if (inValues.add(out).longValue() > grad.longValue()) {
                grad = inValues.add(out);
                gradLayer = n.name();
            }
            Poly im2col = im2col(n);
            if (im2col.longValue() > col.longValue()) {
                col = im2col;
                colLayer = n.name();
            }
        }
        act = act.add(g.output().outputShape().elements());
        return new Dl4jWorkspaces(act, grad, gradLayer, col, col.multiply(2), colLayer, outputs);
    }

    /** A convolution's im2col buffer per example: input channels × kernel area × output positions. */
    private static Poly im2col(Node n) {
        if (n.kind() == LayerKind.CONV) {
            return n.inputShape().channels().multiply(n.params().kernelArea()).multiply(n.outputShape().area());
        }
        if (n.kind() == LayerKind.CONV_TRANSPOSE) {
            return n.outputShape().channels().multiply(n.params().kernelArea()).multiply(n.inputShape().area());
        }
        return Poly.ZERO;
    }
}
