package nnwb.compute.onednn3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.dl4j.kernels.Kernels;

/**
 * One convolution layer on oneDNN 3 against the same layer on DL4J's own path (its oneDNN 2.3 helper inside
 * libnd4j), on random inputs and output gradients: forward output, input gradient, weight and bias gradients
 * agree within 1e-4 relative (max |ours - DL4J's| / max |DL4J's|), for stride 1/2, Same/Truncate (padding 1),
 * kernel 3/5, batch 1/7, NCHW and some NHWC.
 */
class ConvolutionHelperTest {

    static List<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        for (int stride : new int[] {1, 2}) {
            for (ConvolutionMode mode : new ConvolutionMode[] {ConvolutionMode.Same, ConvolutionMode.Truncate}) {
                for (int k : new int[] {3, 5}) {
                    for (int batch : new int[] {1, 7}) {
                        c.add(Arguments.of(stride, mode, k, batch, CNN2DFormat.NCHW));
                    }
                }
            }
        }
        c.add(Arguments.of(2, ConvolutionMode.Same, 3, 7, CNN2DFormat.NHWC));
        c.add(Arguments.of(1, ConvolutionMode.Truncate, 5, 1, CNN2DFormat.NHWC));
        return c;
    }

    static MultiLayerNetwork layer(int stride, ConvolutionMode mode, int k, CNN2DFormat format, boolean bias) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(29).dataType(DataType.FLOAT).list()
                .layer(new ConvolutionLayer.Builder(k, k).stride(stride, stride)
                        .padding(mode == ConvolutionMode.Same ? new int[] {0, 0} : new int[] {1, 1}).nOut(4)
                        .convolutionMode(mode).activation(Activation.IDENTITY).dataFormat(format).hasBias(bias)
                        .biasInit(0.25).build())
                .setInputType(InputType.convolutional(11, 10, 3, format)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        net.initGradientsView();
        return net;
    }

    /** Forward output, input gradient, weight gradient, bias gradient of layer 0 (copies). */
    static INDArray[] run(MultiLayerNetwork net, INDArray x, INDArray eps) {
        LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
        Layer l = net.getLayer(0);
        l.setInput(x, mgr);
        INDArray out = l.activate(true, mgr).dup();
        Pair<Gradient, INDArray> g = l.backpropGradient(eps == null ? Nd4j.rand(DataType.FLOAT, out.shape()).subi(0.5)
                : eps, mgr);
        INDArray b = g.getFirst().gradientForVariable().get("b");
        return new INDArray[] {out, g.getSecond().dup(), g.getFirst().gradientForVariable().get("W").dup(),
                b == null ? null : b.dup()};
    }

    @ParameterizedTest(name = "stride {0}, {1}, kernel {2}, batch {3}, {4}")
    @MethodSource("cases")
    void agreesWithDl4j(int stride, ConvolutionMode mode, int k, int batch, CNN2DFormat format) throws Exception {
        Setup.kernels();
        MultiLayerNetwork ref = layer(stride, mode, k, format, true);
        MultiLayerNetwork ours = layer(stride, mode, k, format, true);
        assertEquals(ref.params(), ours.params());
        Onednn3ConvolutionHelper helper = new Onednn3ConvolutionHelper(false, true);
        Kernels.setHelper((org.deeplearning4j.nn.layers.convolution.ConvolutionLayer) ours.getLayer(0), helper);
        Nd4j.getRandom().setSeed(1000L * stride + 100 * k + batch);
        long[] shape = format == CNN2DFormat.NHWC ? new long[] {batch, 11, 10, 3} : new long[] {batch, 3, 11, 10};
        INDArray x = Nd4j.rand(DataType.FLOAT, shape).muli(2).subi(1);
        INDArray[] r = run(ref, x, null);
        INDArray eps = Nd4j.rand(DataType.FLOAT, r[0].shape()).muli(2).subi(1);
        r = run(ref, x, eps);
        INDArray[] o = run(ours, x, eps);
        String[] what = {"forward output", "input gradient", "weight gradient", "bias gradient"};
        for (int i = 0; i < 4; i++) {
            assertArrayEqualsShape(r[i], o[i], what[i]);
            double rel = Setup.relative(o[i], r[i]);
            assertTrue(rel <= 1e-4, what[i] + ": relative difference " + rel);
        }
        assertTrue(r[0].amaxNumber().doubleValue() > 0.1, "a forward output worth comparing");
        assertEquals(0, Kernels.failures(ours.getLayer(0)), "DL4J fell back from our helper");
        assertEquals(1, helper.cachedShapes());
        assertFalse(ref.getLayer(0).getHelper() instanceof Onednn3ConvolutionHelper);
    }

    private static void assertArrayEqualsShape(INDArray a, INDArray b, String what) {
        assertEquals(java.util.Arrays.toString(a.shape()), java.util.Arrays.toString(b.shape()), what);
    }

    /** A first layer computes no input gradient (zeros, dropped by DL4J) but the same parameter gradients. */
    @Test
    void firstLayerSkipsTheInputGradient() throws Exception {
        MultiLayerNetwork ref = layer(1, ConvolutionMode.Same, 3, CNN2DFormat.NCHW, false);
        MultiLayerNetwork ours = layer(1, ConvolutionMode.Same, 3, CNN2DFormat.NCHW, false);
        Kernels.Report report = Kernels.install(ours, Kernels.ONEDNN3, Setup.kernels());
        assertEquals(1, report.installed(), report.line());
        assertInstanceOf(Onednn3ConvolutionHelper.class, ours.getLayer(0).getHelper());
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 3, 11, 10);
        INDArray eps = Nd4j.rand(DataType.FLOAT, 3, 4, 11, 10).subi(0.5);
        INDArray[] r = run(ref, x, eps);
        INDArray[] o = run(ours, x, eps);
        assertTrue(Setup.relative(o[0], r[0]) <= 1e-4);
        assertTrue(Setup.relative(o[2], r[2]) <= 1e-4);
        assertEquals(0.0, o[1].amaxNumber().doubleValue(), "input gradient not computed");
        assertTrue(r[1].amaxNumber().doubleValue() > 0);
        assertEquals(0, Kernels.failures(ours.getLayer(0)));
    }

    /** Two shapes (training and evaluation batches) keep two sets of primitives; more evict the oldest. */
    @Test
    void cachesPrimitivesByShape() throws Exception {
        Setup.kernels();
        MultiLayerNetwork ours = layer(2, ConvolutionMode.Truncate, 3, CNN2DFormat.NCHW, true);
        Onednn3ConvolutionHelper helper = new Onednn3ConvolutionHelper(false, true);
        Kernels.setHelper((org.deeplearning4j.nn.layers.convolution.ConvolutionLayer) ours.getLayer(0), helper);
        for (int batch : new int[] {2, 3, 2, 3}) {
            ours.output(Nd4j.rand(DataType.FLOAT, batch, 3, 11, 10));
        }
        assertEquals(2, helper.cachedShapes());
        for (int batch = 4; batch < 4 + Onednn3ConvolutionHelper.CACHE + 2; batch++) {
            ours.output(Nd4j.rand(DataType.FLOAT, batch, 3, 11, 10));
        }
        assertEquals(Onednn3ConvolutionHelper.CACHE, helper.cachedShapes());
        assertTrue(helper.impls().startsWith("forward "), helper.impls());
        assertEquals(0, Kernels.failures(ours.getLayer(0)));
    }
}
