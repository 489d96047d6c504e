import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.api.ops.impl.layers.convolution.BatchNorm;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv2D;
import org.nd4j.linalg.api.ops.impl.layers.convolution.Conv2DDerivative;
import org.nd4j.linalg.api.ops.impl.summarystats.Variance;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The same step's calls as libnd4j gets them from DL4J 1.0.0-M2.1's oneDNN helpers today
 * (org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper, MKLDNNSubsamplingHelper, MKLDNNBatchNormHelper):
 * NCHW arrays, DL4J's [oC, iC, kH, kW] weights handed over as the permuted view [kH, kW, iC, oC], one
 * OpContext per layer and direction purged and refilled per call, conv2d_bp always computing the input
 * gradient (the first layer's too), batch norm as a mean and a variance reduction followed by the batchnorm
 * op with those statistics, and batchnorm_bp. libnd4j creates its oneDNN primitives and reorders per call.
 */
final class Nd4jChain {

    private Nd4jChain() {
    }

    private static INDArray rand(long... shape) {
        return Nd4j.rand(DataType.FLOAT, shape).subi(0.5).muli(2);
    }

    static Chain build(Layers.Model model, int n) {
        Nd4j.getRandom().setSeed(29);
        Chain c = new Chain("nd4j", model.name(), n);
        java.util.List<Chain.Op> backward = new java.util.ArrayList<>();
        for (Layers.Layer l : model.layers()) {
            switch (l) {
                case Layers.Conv v -> conv(c, backward, v, n);
                case Layers.Pool p -> pool(c, backward, p, n);
                case Layers.Bn b -> bn(c, backward, b, n);
            }
        }
        c.ops.addAll(backward.reversed());
        return c;
    }

    private static void conv(Chain c, java.util.List<Chain.Op> backward, Layers.Conv v, int n) {
        int o = v.out();
        INDArray x = rand(n, v.cin(), v.h(), v.h());
        INDArray w = rand(v.cout(), v.cin(), v.k(), v.k());
        INDArray b = v.bias() ? rand(v.cout()) : null;
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, n, v.cout(), o, o);
        INDArray delta = rand(n, v.cout(), o, o);
        INDArray gradIn = Nd4j.createUninitialized(DataType.FLOAT, x.shape());
        INDArray gradW = Nd4j.create(DataType.FLOAT, w.shape());
        INDArray gradB = v.bias() ? Nd4j.create(DataType.FLOAT, v.cout()) : null;
        int[] iargs = {v.k(), v.k(), v.stride(), v.stride(), v.pad(), v.pad(), 1, 1, 0, 0};
        OpContext f = Nd4j.getExecutioner().buildContext();
        f.setIArguments(toLong(iargs));
        OpContext g = Nd4j.getExecutioner().buildContext();
        g.setIArguments(toLong(iargs));
        c.add(v.name(), "conv2d", false, () -> {
            INDArray[] in = b == null ? new INDArray[] {x, w.permute(2, 3, 1, 0)}
                    : new INDArray[] {x, w.permute(2, 3, 1, 0), b};
            f.purge();
            for (int i = 0; i < in.length; i++) {
                f.setInputArray(i, in[i]);
            }
            f.setOutputArray(0, out);
            Nd4j.exec(new Conv2D(), f);
        });
        backward.add(new Chain.Op(v.name(), "conv2d_bp (input gradient always)", false, () -> {
            INDArray[] in = b == null ? new INDArray[] {x, w.permute(2, 3, 1, 0), delta}
                    : new INDArray[] {x, w.permute(2, 3, 1, 0), b, delta};
            INDArray[] outs = b == null ? new INDArray[] {gradIn, gradW.permute(2, 3, 1, 0)}
                    : new INDArray[] {gradIn, gradW.permute(2, 3, 1, 0), gradB};
            g.purge();
            for (int i = 0; i < in.length; i++) {
                g.setInputArray(i, in[i]);
            }
            for (int i = 0; i < outs.length; i++) {
                g.setOutputArray(i, outs[i]);
            }
            Nd4j.exec(new Conv2DDerivative(), g);
        }));
    }

    private static void pool(Chain c, java.util.List<Chain.Op> backward, Layers.Pool p, int n) {
        INDArray x = rand(n, p.c(), p.h(), p.h());
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, n, p.c(), p.out(), p.out());
        INDArray eps = rand(n, p.c(), p.out(), p.out());
        INDArray gradIn = Nd4j.createUninitialized(DataType.FLOAT, x.shape());
        long[] iargs = {2, 2, 2, 2, 0, 0, 1, 1, 0, 0, 0}; // k, stride, pad, dilation, truncate, -, NCHW
        OpContext f = Nd4j.getExecutioner().buildContext();
        f.setIArguments(iargs);
        OpContext g = Nd4j.getExecutioner().buildContext();
        g.setIArguments(iargs);
        DynamicCustomOp fop = DynamicCustomOp.builder("maxpool2d").build();
        DynamicCustomOp gop = DynamicCustomOp.builder("maxpool2d_bp").build();
        c.add(p.name(), "maxpool2d", false, () -> {
            f.purge();
            f.setInputArray(0, x);
            f.setOutputArray(0, out);
            Nd4j.exec(fop, f);
        });
        backward.add(new Chain.Op(p.name(), "maxpool2d_bp", false, () -> {
            g.purge();
            g.setInputArray(0, x);
            g.setInputArray(1, eps);
            g.setOutputArray(0, gradIn);
            Nd4j.exec(gop, g);
        }));
    }

    private static void bn(Chain c, java.util.List<Chain.Op> backward, Layers.Bn b, int n) {
        INDArray x = rand(n, b.c(), b.h(), b.h());
        INDArray gamma = rand(b.c()), beta = rand(b.c());
        INDArray mean = Nd4j.createUninitialized(DataType.FLOAT, b.c());
        INDArray var = Nd4j.createUninitialized(DataType.FLOAT, b.c());
        INDArray out = Nd4j.createUninitialized(DataType.FLOAT, x.shape());
        INDArray eps = rand(x.shape());
        INDArray gradIn = Nd4j.createUninitialized(DataType.FLOAT, x.shape());
        INDArray dm = Nd4j.create(DataType.FLOAT, b.c()), dv = Nd4j.create(DataType.FLOAT, b.c());
        INDArray dg = Nd4j.create(DataType.FLOAT, b.c()), db = Nd4j.create(DataType.FLOAT, b.c());
        OpContext f = Nd4j.getExecutioner().buildContext();
        f.setIArguments(1, 1, 1);
        f.setTArguments(1e-5);
        c.add(b.name(), "mean + variance + batchnorm", false, () -> {
            x.mean(mean, 0, 2, 3);
            Nd4j.exec(new Variance(x, var, false, 0, 2, 3));
            f.purge();
            f.setInputArray(0, x);
            f.setInputArray(1, mean);
            f.setInputArray(2, var);
            f.setInputArray(3, gamma);
            f.setInputArray(4, beta);
            f.setOutputArray(0, out);
            Nd4j.exec(new BatchNorm(), f);
        });
        backward.add(new Chain.Op(b.name(), "batchnorm_bp", false, () -> {
            DynamicCustomOp op = DynamicCustomOp.builder("batchnorm_bp").addInputs(x, mean, var, gamma, beta, eps)
                    .addIntegerArguments(1, 1, 1).addFloatingPointArguments(1e-5).build();
            op.setOutputArgument(0, gradIn);
            op.setOutputArgument(1, dm);
            op.setOutputArgument(2, dv);
            op.setOutputArgument(3, dg);
            op.setOutputArgument(4, db);
            Nd4j.exec(op);
        }));
    }

    private static long[] toLong(int[] a) {
        long[] r = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i];
        }
        return r;
    }
}
