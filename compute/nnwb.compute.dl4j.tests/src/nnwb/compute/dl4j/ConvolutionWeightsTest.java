package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import nnwb.compute.ComputeService;
import nnwb.compute.Tensor;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.net.ConvWeights;
import nnwb.compute.net.Network;
import nnwb.test.harness.ComputeServices;

/** Reading a network's convolution weights: the first-layer filters a filter tool shows. */
class ConvolutionWeightsTest {

    @Test
    void theSmallNetworkHasOneConvolutionOfFourThreeByThreeKernels() throws Exception {
        try (Network net = ComputeServices.started().build(NetworkTest.small(UpdaterSpec.sgd(0.1)))) {
            List<ConvWeights> conv = net.convolutionWeights();
            assertEquals(1, conv.size());
            ConvWeights first = conv.get(0);
            assertEquals(0, first.layer());
            assertArrayEquals(new int[] {4, 1, 3, 3}, first.kernels().shape());
            assertEquals(4, first.bias().length);
            // (1*9 + 1) * 4 = 40 parameters: the conv layer's share of the count
            assertEquals(40, first.kernels().data().length + first.bias().length);
            assertTrue(java.util.Arrays.stream(first.kernels().data()).anyMatch(v -> v != 0), "initialised, not zero");
        }
    }

    @Test
    void weightsSurviveSaveAndLoad(@TempDir Path dir) throws Exception {
        ComputeService s = ComputeServices.started();
        try (Network net = s.build(NetworkTest.small(UpdaterSpec.sgd(0.1)))) {
            Path file = dir.resolve("w.zip");
            net.save(file);
            try (Network back = s.load(file)) {
                ConvWeights a = net.convolutionWeights().get(0);
                ConvWeights b = back.convolutionWeights().get(0);
                assertEquals(a.kernels(), b.kernels());
                assertArrayEquals(a.bias(), b.bias(), 0.0);
            }
        }
    }

    /** Known weights: a plain DL4J network (no NN Workbench entry in its zip) with Sobel x and its negative. */
    @Test
    void aPlainDl4jZipLoadsAndReportsTheWeightsItWasGiven(@TempDir Path dir) throws Exception {
        ComputeService s = ComputeServices.started();
        Path file = dir.resolve("plain.zip");
        double[] sobel = {-1, 0, 1, -2, 0, 2, -1, 0, 1};
        double[] w = new double[18];
        for (int i = 0; i < 9; i++) {
            w[i] = sobel[i];
            w[9 + i] = -sobel[i];
        }
        ComputeWorker worker = new ComputeWorker("test-dl4j");
        try {
            worker.call(() -> {
                MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT).list()
                        .layer(new ConvolutionLayer.Builder(3, 3).nOut(2).activation(Activation.IDENTITY).build())
                        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(1).activation(Activation.IDENTITY).build())
                        .setInputType(InputType.convolutional(6, 6, 1)).build();
                MultiLayerNetwork net = new MultiLayerNetwork(conf);
                net.init();
                net.setParam("0_W", Nd4j.create(w, new long[] {2, 1, 3, 3}, DataType.FLOAT));
                net.setParam("0_b", Nd4j.create(new float[] {0.5f, -0.25f}, new long[] {1, 2}));
                ModelSerializer.writeModel(net, file.toFile(), false);
                return null;
            });
        } finally {
            worker.close();
        }
        try (Network back = s.load(file)) {
            ConvWeights first = back.convolutionWeights().get(0);
            assertEquals(new Tensor(new int[] {2, 1, 3, 3}, w), first.kernels());
            assertArrayEquals(new double[] {0.5, -0.25}, first.bias(), 0.0);
            assertArrayEquals(new double[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}}, first.kernel(0, 0));
        }
    }
}
