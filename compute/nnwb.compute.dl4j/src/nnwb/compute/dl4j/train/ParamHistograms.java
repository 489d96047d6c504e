package nnwb.compute.dl4j.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import nnwb.compute.train.TensorHistogram;
import nnwb.compute.train.TensorHistogram.Kind;

/**
 * Histograms of a {@link ComputationGraph}'s parameter tensors (its layers' param tables, in layer order, at most
 * {@link #MAX_TENSORS}) and, as a DL4J listener armed before a step, of that step's gradients: read when DL4J has
 * computed them and before the updater turns them into the update. Each tensor is sampled with
 * {@link TensorHistogram#stride(long)}, so the cost is bounded by {@link TensorHistogram#MAX_SAMPLE} values a tensor.
 */
final class ParamHistograms extends BaseTrainingListener {

    /** Tensors histogrammed at most (the first ones in layer order). */
    static final int MAX_TENSORS = 64;

    private boolean armed;
    private int epoch;
    private List<TensorHistogram> gradients = List.of();

    /** The next gradient computed is histogrammed as the gradients of {@code epoch}. */
    void arm(int epoch) {
        this.armed = true;
        this.epoch = epoch;
    }

    /** The gradients histogrammed since the last call (empty if none), forgetting them. */
    List<TensorHistogram> takeGradients() {
        List<TensorHistogram> g = gradients;
        gradients = List.of();
        armed = false;
        return g;
    }

    @Override
    public void onGradientCalculation(Model model) {
        if (!armed || !(model instanceof ComputationGraph net)) {
            return;
        }
        armed = false;
        Gradient g = net.gradient();
        List<TensorHistogram> out = new ArrayList<>();
        for (Layer l : net.getLayers()) {
            String name = l.conf().getLayer().getLayerName();
            for (String p : l.paramTable().keySet()) {
                INDArray d = g == null ? null : g.getGradientFor(name + "_" + p);
                if (d != null && out.size() < MAX_TENSORS) {
                    out.add(TensorHistogram.of(name, p, Kind.GRADIENTS, epoch, d.length(), sample(d)));
                }
            }
        }
        gradients = out;
    }

    /** The values of every parameter tensor of {@code net}. */
    static List<TensorHistogram> values(ComputationGraph net, int epoch) {
        List<TensorHistogram> out = new ArrayList<>();
        for (Layer l : net.getLayers()) {
            String name = l.conf().getLayer().getLayerName();
            for (Map.Entry<String, INDArray> e : l.paramTable().entrySet()) {
                if (out.size() < MAX_TENSORS) {
                    out.add(TensorHistogram.of(name, e.getKey(), Kind.VALUES, epoch, e.getValue().length(), sample(e.getValue())));
                }
            }
        }
        return out;
    }

    /**
     * Every {@link TensorHistogram#stride}-th value of {@code a} in row-major order, from the first. The copies made
     * on the way are closed at once, so that they never count in the run's measured memory.
     */
    static float[] sample(INDArray a) {
        long n = a.length();
        long s = TensorHistogram.stride(n);
        INDArray flat = a.reshape('c', new long[] {n}); // row-major, as the user reads a tensor (a copy if a is 'f')
        INDArray picked = s == 1 ? flat : flat.get(NDArrayIndex.interval(0, s, n));
        INDArray f = picked.dataType() == DataType.FLOAT ? picked : picked.castTo(DataType.FLOAT);
        INDArray copy = f.dup('c');
        try {
            return copy.data().asFloat();
        } finally {
            for (INDArray t : new INDArray[] {copy, f, picked, flat}) {
                if (t != a && t.closeable() && !t.wasClosed()) {
                    t.close();
                }
            }
        }
    }
}
