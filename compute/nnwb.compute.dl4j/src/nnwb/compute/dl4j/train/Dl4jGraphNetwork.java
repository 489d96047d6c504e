package nnwb.compute.dl4j.train;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import nnwb.compute.Tensor;
import nnwb.compute.dl4j.ComputeWorker;
import nnwb.compute.dl4j.ops.NdArrays;
import nnwb.compute.net.Evaluation;
import nnwb.compute.net.Network;

/**
 * A trained DL4J {@link ComputationGraph} behind the API, saved as DL4J's model zip (configuration, parameters and
 * updater state). Features arrive [N, C, H, W]; a graph whose input is a vector gets them flattened. Every call runs
 * on the service's worker.
 */
public final class Dl4jGraphNetwork implements Network {

    private final ComputeWorker worker;
    private final boolean flatInput;
    private ComputationGraph net;

    /** Key in the model file under which the input kind is stored. */
    static final String FLAT_KEY = "nnwb-flat-input";

    /** {@code flatInput}: the graph's input is a vector, so images are flattened on the way in. */
    public Dl4jGraphNetwork(ComputeWorker worker, ComputationGraph net, boolean flatInput) {
        this.worker = worker;
        this.net = net;
        this.flatInput = flatInput;
    }

    /** True when {@code file} holds a ComputationGraph (its configuration lists vertices). */
    public static boolean isGraph(Path file) {
        try (ZipFile z = new ZipFile(file.toFile())) {
            ZipEntry e = z.getEntry("configuration.json");
            if (e == null) {
                return false;
            }
            try (InputStream in = z.getInputStream(e)) {
                String head = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                return head.contains("\"vertices\"");
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Loads a graph zip; call on the worker. */
    public static Dl4jGraphNetwork load(ComputeWorker worker, Path file) {
        try {
            ComputationGraph g = ModelSerializer.restoreComputationGraph(file.toFile(), true);
            boolean flat;
            try {
                flat = Boolean.TRUE.equals(ModelSerializer.getObjectFromFile(file.toFile(), FLAT_KEY));
            } catch (RuntimeException e) {
                flat = false; // a graph saved elsewhere: images go in as they are
            }
            return new Dl4jGraphNetwork(worker, g, flat);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read network " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a network file of NN Workbench: " + file + " (" + e + ")", e);
        }
    }

    /** The graph; use on the worker only. */
    public ComputationGraph dl4j() {
        return open();
    }

    INDArray features(Tensor features) {
        INDArray x = NdArrays.ofFloat(features);
        return flatInput && x.rank() > 2 ? x.reshape('c', x.size(0), x.length() / x.size(0)) : x;
    }

    @Override
    public double fit(Tensor features, Tensor labels) {
        return worker.call(() -> {
            ComputationGraph n = open();
            n.fit(new DataSet(features(features), NdArrays.ofFloat(labels)));
            return n.score();
        });
    }

    @Override
    public Tensor predict(Tensor features) {
        return worker.call(() -> NdArrays.tensor(open().outputSingle(false, features(features))));
    }

    @Override
    public Evaluation evaluate(Tensor features, Tensor labels) {
        return worker.call(() -> {
            ComputationGraph n = open();
            INDArray y = NdArrays.ofFloat(labels);
            INDArray out = n.outputSingle(false, features(features));
            double loss = n.score(new DataSet(features(features), y), false);
            INDArray predicted = out.argMax(1);
            INDArray actual = y.argMax(1);
            long hits = predicted.eq(actual).castTo(DataType.INT).sumNumber().longValue();
            long count = predicted.length();
            return new Evaluation((int) y.size(0), loss, count == 0 ? 0 : (double) hits / count);
        });
    }

    @Override
    public long parameterCount() {
        return worker.call(() -> open().numParams());
    }

    @Override
    public void save(Path file) {
        worker.call(() -> {
            File f = file.toFile();
            ModelSerializer.writeModel(open(), f, true);
            ModelSerializer.addObjectToFile(f, FLAT_KEY, Boolean.valueOf(flatInput));
            return null;
        });
    }

    @Override
    public void close() {
        worker.call(() -> {
            if (net != null) {
                net.close();
                net = null;
            }
            return null;
        });
    }

    private ComputationGraph open() {
        if (net == null) {
            throw new IllegalStateException("network is closed");
        }
        return net;
    }
}
