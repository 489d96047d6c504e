package nnwb.compute.dl4j.net;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.api.NeuralNetwork;
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
 * The one DL4J network wrapper behind the API: a DL4J model ({@code MultiLayerNetwork} or
 * {@code ComputationGraph}) whose every call runs on the service's worker, fitted, evaluated, saved as DL4J's model
 * zip with one entry of our own, and closed once. Subclasses say how features enter the model and how it answers.
 *
 * @param <M> the DL4J model type
 */
public abstract class WorkerNetwork<M extends Model & NeuralNetwork> implements Network {

    /** Reads a model file; may throw what DL4J throws. */
    @FunctionalInterface
    protected interface Reader<T> {
        /** The network read from the file. */
        T read() throws IOException;
    }

    /** The worker every call runs on. */
    protected final ComputeWorker worker;
    private M net;

    /** Wraps {@code net}, used on {@code worker} only. */
    protected WorkerNetwork(ComputeWorker worker, M net) {
        this.worker = worker;
        this.net = net;
    }

    /** Reads {@code file} with {@code reader}, turning DL4J's failures into one-line errors naming the file. */
    protected static <T> T read(Path file, Reader<T> reader) {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read network " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a network file of NN Workbench: " + file + " (" + e + ")", e);
        }
    }

    /** The DL4J model; use on the worker only. */
    public M dl4j() {
        return open();
    }

    /** Converts NCHW features to what the model takes. */
    protected abstract INDArray features(Tensor features);

    /** The model's output for {@code x} (inference mode). */
    protected abstract INDArray output(M model, INDArray x);

    /** The model's loss on {@code data} (inference mode). */
    protected abstract double score(M model, DataSet data);

    /** The key of the entry saved with the model (its image layout or input kind). */
    protected abstract String entryKey();

    /** The value of the entry saved with the model. */
    protected abstract Object entryValue();

    @Override
    public double fit(Tensor features, Tensor labels) {
        return worker.call(() -> {
            M n = open();
            n.fit(new DataSet(features(features), NdArrays.ofFloat(labels)));
            return n.score();
        });
    }

    @Override
    public Tensor predict(Tensor features) {
        return worker.call(() -> NdArrays.tensor(output(open(), features(features))));
    }

    @Override
    public Evaluation evaluate(Tensor features, Tensor labels) {
        return worker.call(() -> {
            M n = open();
            INDArray y = NdArrays.ofFloat(labels);
            INDArray x = features(features);
            double loss = score(n, new DataSet(x, y));
            INDArray predicted = output(n, x).argMax(1);
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
            ModelSerializer.addObjectToFile(f, entryKey(), entryValue());
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

    /** The model, or an error once closed; use on the worker only. */
    protected final M open() {
        if (net == null) {
            throw new IllegalStateException("network is closed");
        }
        return net;
    }
}
