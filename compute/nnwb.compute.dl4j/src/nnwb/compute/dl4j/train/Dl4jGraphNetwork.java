package nnwb.compute.dl4j.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import nnwb.compute.Tensor;
import nnwb.compute.dl4j.ComputeWorker;
import nnwb.compute.dl4j.net.WorkerNetwork;
import nnwb.compute.dl4j.ops.NdArrays;

/**
 * A trained DL4J {@link ComputationGraph} behind the API, saved as DL4J's model zip (configuration, parameters and
 * updater state). Features arrive [N, C, H, W]; a graph whose input is a vector gets them flattened. Every call runs
 * on the service's worker.
 */
public final class Dl4jGraphNetwork extends WorkerNetwork<ComputationGraph> {

    /** Key in the model file under which the input kind is stored. */
    static final String FLAT_KEY = "nnwb-flat-input";

    private final boolean flatInput;

    /** {@code flatInput}: the graph's input is a vector, so images are flattened on the way in. */
    public Dl4jGraphNetwork(ComputeWorker worker, ComputationGraph net, boolean flatInput) {
        super(worker, net);
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
        return read(file, () -> {
            ComputationGraph g = ModelSerializer.restoreComputationGraph(file.toFile(), true);
            boolean flat;
            try {
                flat = Boolean.TRUE.equals(ModelSerializer.getObjectFromFile(file.toFile(), FLAT_KEY));
            } catch (RuntimeException e) {
                flat = false; // a graph saved elsewhere: images go in as they are
            }
            return new Dl4jGraphNetwork(worker, g, flat);
        });
    }

    @Override
    protected INDArray features(Tensor features) {
        INDArray x = NdArrays.ofFloat(features);
        return flatInput && x.rank() > 2 ? x.reshape('c', x.size(0), x.length() / x.size(0)) : x;
    }

    @Override
    protected INDArray output(ComputationGraph model, INDArray x) {
        return model.outputSingle(false, x);
    }

    @Override
    protected double score(ComputationGraph model, DataSet data) {
        return model.score(data, false);
    }

    @Override
    protected String entryKey() {
        return FLAT_KEY;
    }

    @Override
    protected Object entryValue() {
        return Boolean.valueOf(flatInput);
    }
}
