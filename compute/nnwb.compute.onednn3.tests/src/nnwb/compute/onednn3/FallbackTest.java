package nnwb.compute.onednn3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import nnwb.compute.ComputeService;
import nnwb.compute.dl4j.bench.BenchModels;
import nnwb.compute.dl4j.kernels.Kernels;
import nnwb.test.harness.ComputeServices;

/**
 * What oneDNN 3 refuses stays on DL4J's path with the reason said, never a crash: a float64 network (oneDNN 3
 * has no f64 convolution on CPUs), an unknown choice; and the compute service reports the kernels in
 * {@code BackendInfo.details()}.
 */
class FallbackTest {

    private static MultiLayerNetwork doubles() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).dataType(DataType.DOUBLE).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(2).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(2)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(6, 6, 1)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    @Test
    void refusedDataTypeKeepsDl4jsPath() throws Exception {
        MultiLayerNetwork net = doubles();
        var before = net.getLayer(0).getHelper();
        Kernels.Report r = Kernels.install(net, Kernels.ONEDNN3, Setup.kernels());
        assertEquals(0, r.installed());
        assertEquals(1, r.fallbacks().size(), r.line());
        String why = r.fallbacks().get(0);
        assertTrue(why.contains("oneDNN 3 refused convolution forward") && why.contains("DOUBLE"), why);
        assertTrue(r.line().startsWith("onednn3: 0 convolution layers; DL4J's path for the rest: "), r.line());
        assertEquals(before, net.getLayer(0).getHelper());
        Nd4j.getRandom().setSeed(1);
        DataSet d = new DataSet(Nd4j.rand(DataType.DOUBLE, 4, 1, 6, 6), Nd4j.eye(2).repeat(0, 2).castTo(
                DataType.DOUBLE));
        net.fit(d);
        assertTrue(Double.isFinite(net.score()));
    }

    @Test
    void unknownChoiceIsSaid() throws Exception {
        MultiLayerNetwork net = doubles();
        Kernels.Report r = Kernels.install(net, "fast", Setup.kernels());
        assertEquals(0, r.installed());
        assertEquals("unknown nnwb.compute.kernels=fast (dl4j or onednn3)", r.fallbacks().get(0));
        assertEquals(Kernels.DL4J, Kernels.install(net, Kernels.DL4J, Setup.kernels()).line());
    }

    @Test
    void serviceSaysWhichKernelsRun() throws Exception {
        Setup.kernels();
        ComputeService s = ComputeServices.started();
        String old = System.getProperty(Kernels.PROPERTY);
        System.setProperty(Kernels.PROPERTY, Kernels.ONEDNN3);
        try {
            s.build(BenchModels.edgeCnn());
            String line = s.status().backend().details().get("kernels");
            assertEquals("onednn3: 2 convolution layers", line);
            assertFalse(Kernels.startLine().startsWith("dl4j"), Kernels.startLine());
            assertTrue(Kernels.startLine().startsWith("onednn3 (oneDNN 3.8.1, "), Kernels.startLine());
        } finally {
            if (old == null) {
                System.clearProperty(Kernels.PROPERTY);
            } else {
                System.setProperty(Kernels.PROPERTY, old);
            }
        }
    }
}
