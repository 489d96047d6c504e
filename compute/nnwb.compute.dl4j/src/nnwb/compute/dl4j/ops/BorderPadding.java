package nnwb.compute.dl4j.ops;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.Pad;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import nnwb.compute.ConvSpec.Border;

/**
 * Pads the two spatial dimensions (2 and 3) of an [N, C, H, W] array with ND4J ops: zeros and
 * reflection through ND4J's pad op, circular by concatenating the wrapped slices.
 */
final class BorderPadding {

    private BorderPadding() {
    }

    /** {@code pads} is {top, bottom, left, right}. */
    static INDArray pad(INDArray x, int[] pads, Border border) {
        if (pads[0] == 0 && pads[1] == 0 && pads[2] == 0 && pads[3] == 0) {
            return x;
        }
        return switch (border) {
            case ZERO -> padOp(x, pads, Pad.Mode.CONSTANT);
            case REFLECT -> {
                checkReflect(x, pads);
                yield padOp(x, pads, Pad.Mode.REFLECT);
            }
            case CIRCULAR -> {
                checkCircular(x, pads);
                yield wrap(wrap(x, 2, pads[0], pads[1]), 3, pads[2], pads[3]);
            }
        };
    }

    private static INDArray padOp(INDArray x, int[] pads, Pad.Mode mode) {
        INDArray paddings = Nd4j.createFromArray(new int[][] {{0, 0}, {0, 0}, {pads[0], pads[1]}, {pads[2], pads[3]}});
        long[] shape = x.shape().clone();
        shape[2] += pads[0] + pads[1];
        shape[3] += pads[2] + pads[3];
        INDArray out = Nd4j.create(x.dataType(), shape);
        Nd4j.exec(new Pad(x, paddings, out, mode, 0.0));
        return out;
    }

    private static INDArray wrap(INDArray x, int dim, int before, int after) {
        if (before == 0 && after == 0) {
            return x;
        }
        long n = x.size(dim);
        INDArray head = slice(x, dim, n - before, n);
        INDArray tail = slice(x, dim, 0, after);
        return Nd4j.concat(dim, head, x, tail);
    }

    private static INDArray slice(INDArray x, int dim, long from, long to) {
        org.nd4j.linalg.indexing.INDArrayIndex[] idx = {NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all()};
        idx[dim] = NDArrayIndex.interval(from, to);
        return x.get(idx).dup();
    }

    private static void checkReflect(INDArray x, int[] pads) {
        if (Math.max(pads[0], pads[1]) >= x.size(2) || Math.max(pads[2], pads[3]) >= x.size(3)) {
            throw new IllegalArgumentException("reflect padding must be smaller than the input size");
        }
    }

    private static void checkCircular(INDArray x, int[] pads) {
        if (Math.max(pads[0], pads[1]) > x.size(2) || Math.max(pads[2], pads[3]) > x.size(3)) {
            throw new IllegalArgumentException("circular padding must not exceed the input size");
        }
    }
}
