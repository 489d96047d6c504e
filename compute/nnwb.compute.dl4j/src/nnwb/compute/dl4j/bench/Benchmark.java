package nnwb.compute.dl4j.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.bench.BenchOptions;
import nnwb.compute.bench.BenchRow;
import nnwb.compute.dl4j.net.NetworkFactory;

/**
 * Times training (forward, backward, Adam update) and inference of the benchmark models on
 * synthetic images: one unmeasured warm-up epoch, then the median of the measured epochs. Runs
 * on the worker thread with the backend started.
 */
public final class Benchmark {

    private final String backend;
    private final int threads;
    private final boolean nhwc;

    public Benchmark(String backend, int threads, boolean nhwc) {
        this.backend = backend;
        this.threads = threads;
        this.nhwc = nhwc;
    }

    public List<BenchRow> run(BenchOptions options) {
        List<BenchRow> rows = new ArrayList<>();
        for (String model : options.models()) {
            for (int batch : options.batches()) {
                rows.addAll(runCase(model, batch, options));
            }
        }
        return rows;
    }

    private List<BenchRow> runCase(String model, int batch, BenchOptions o) {
        boolean edge = model.equals(BenchOptions.EDGE_CNN);
        long[] shape = edge ? new long[] {batch, 1, 28, 28} : new long[] {batch, 3, 32, 32};
        if (nhwc) {
            shape = new long[] {shape[0], shape[2], shape[3], shape[1]};
        }
        int classes = edge ? 3 : 10;
        int batches = Math.max(1, o.images() / batch);
        List<DataSet> data = new ArrayList<>();
        Nd4j.getRandom().setSeed(7);
        for (int i = 0; i < batches; i++) {
            INDArray x = Nd4j.rand(DataType.FLOAT, shape);
            INDArray y = Nd4j.zeros(DataType.FLOAT, batch, classes);
            for (int r = 0; r < batch; r++) {
                y.putScalar(r, (r * 7 + i) % classes, 1f);
            }
            data.add(new DataSet(x, y));
        }
        Model net;
        Consumer<DataSet> fit;
        Consumer<INDArray> infer;
        if (edge) {
            MultiLayerNetwork m = new MultiLayerNetwork(NetworkFactory.configuration(BenchModels.edgeCnn(), nhwc));
            m.init();
            nnwb.compute.dl4j.kernels.Kernels.install(m);
            net = m;
            fit = m::fit;
            infer = x -> m.output(x, false).close();
        } else {
            ComputationGraph g = new ComputationGraph(BenchModels.smallResNet(nhwc));
            g.init();
            nnwb.compute.dl4j.kernels.Kernels.install(g);
            net = g;
            fit = g::fit;
            infer = x -> g.outputSingle(false, x).close();
        }
        int images = batches * batch;
        double train = median(o.epochs(), images, () -> data.forEach(fit));
        double inference = median(o.epochs(), images, () -> data.forEach(d -> infer.accept(d.getFeatures())));
        net.close();
        return List.of(new BenchRow(model, "train", batch, train, threads, backend),
                new BenchRow(model, "inference", batch, inference, threads, backend));
    }

    private static double median(int epochs, int images, Runnable epoch) {
        epoch.run();
        double[] rates = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            long t0 = System.nanoTime();
            epoch.run();
            rates[e] = images / ((System.nanoTime() - t0) / 1e9);
        }
        Arrays.sort(rates);
        return rates[epochs / 2];
    }
}
