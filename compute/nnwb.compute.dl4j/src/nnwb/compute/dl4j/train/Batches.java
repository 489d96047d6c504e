package nnwb.compute.dl4j.train;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.train.LabelledImages;

/** Minibatches of an {@link LabelledImages} as ND4J arrays: features NCHW (or flat rows) and one-hot labels. */
final class Batches {

    private Batches() {
    }

    /** Features of the examples {@code idx[from..to)}: [n, C, H, W], or [n, C*H*W] when {@code flat}. */
    static INDArray features(LabelledImages set, int[] idx, int from, int to, boolean flat) {
        int n = to - from;
        int per = set.valuesPerExample();
        float[] buf = new float[n * per];
        float[] px = set.pixels();
        for (int k = 0; k < n; k++) {
            System.arraycopy(px, idx[from + k] * per, buf, k * per, per);
        }
        long[] shape = flat ? new long[] {n, per} : new long[] {n, set.channels(), set.height(), set.width()};
        return Nd4j.create(buf, shape, 'c');
    }

    /** One-hot labels: [n, classes], or [n, classes, H, W] for pixel labels. */
    static INDArray labels(LabelledImages set, int[] idx, int from, int to) {
        int n = to - from;
        int c = set.classes();
        int lpe = set.labelsPerExample();
        float[] buf = new float[n * c * lpe];
        int[] labels = set.labels();
        for (int k = 0; k < n; k++) {
            int base = idx[from + k] * lpe;
            for (int p = 0; p < lpe; p++) {
                buf[(k * c + labels[base + p]) * lpe + p] = 1f;
            }
        }
        long[] shape = set.pixelLabels() ? new long[] {n, c, set.height(), set.width()} : new long[] {n, c};
        return Nd4j.create(buf, shape, 'c');
    }

    /**
     * The values of {@code a} as floats in row-major order: straight from its buffer when it is a whole row-major
     * float array (a network's output), else through a row-major copy (a view, a parameter).
     */
    static float[] floats(INDArray a) {
        if (a.dataType() == DataType.FLOAT && a.ordering() == 'c' && !a.isView() && a.data().length() == a.length()
                && a.offset() == 0 && a.elementWiseStride() == 1) {
            return a.data().asFloat();
        }
        INDArray f = a.dataType() == DataType.FLOAT ? a : a.castTo(DataType.FLOAT);
        return f.dup('c').data().asFloat();
    }
}
