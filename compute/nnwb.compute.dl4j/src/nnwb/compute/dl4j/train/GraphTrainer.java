package nnwb.compute.dl4j.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import nnwb.compute.ComputeException;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.dl4j.ComputeWorker;
import nnwb.compute.dl4j.graph.Dl4jGraph;
import nnwb.compute.dl4j.graph.GraphConfigs;
import nnwb.compute.dl4j.memory.StepMemory;
import nnwb.compute.dl4j.ops.UpdaterSteps;
import nnwb.compute.graph.GraphNode;
import nnwb.compute.graph.GraphOp;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.TensorShape;
import nnwb.compute.train.EpochMetrics;
import nnwb.compute.train.IterationMetrics;
import nnwb.compute.train.LayerKernels;
import nnwb.compute.train.PixelSamples;
import nnwb.compute.train.TensorHistogram;
import nnwb.compute.train.TrainingListener;
import nnwb.compute.train.TrainingResult;
import nnwb.compute.train.TrainingSpec;
import nnwb.compute.train.LabelledImages;

/**
 * Trains a {@link GraphSpec} as a DL4J {@link ComputationGraph}: He-normal weights, the spec's updater, softmax
 * cross-entropy on the output ({@link LossLayer}, or {@link CnnLossLayer} for a class per pixel), shuffled
 * minibatches, evaluation on the validation set after each epoch with the model in inference mode. The run's own ND4J
 * memory (this thread's workspaces plus its parameters, gradient view, updater state and minibatch outside them, not
 * ND4J's process-wide count, which other runs in the JVM share) is read by {@link StepMemory} at fixed points inside
 * every step and after every evaluation batch; the worker thread's workspaces are destroyed before
 * and after the run, so no run inherits another's learned workspace sizes. Runs on the calling thread, which must be the thread all of
 * this network's ND4J calls run on.
 */
public final class GraphTrainer {

    /** Validation examples whose pixel predictions are reported for colourisation. */
    static final int SAMPLES = 4;
    /** Kernels reported at most. */
    static final int KERNELS = 32;

    private final ComputeWorker worker;
    private final TrainingSpec spec;
    private final LabelledImages train;
    private final LabelledImages val;
    private final TrainingListener listener;
    private final BooleanSupplier cancelled;
    private final List<String> notes = new ArrayList<>();
    private final StepMemory memory = new StepMemory();
    private final ParamHistograms histograms = new ParamHistograms();
    private final PhaseTimes times = new PhaseTimes();

    public GraphTrainer(ComputeWorker worker, TrainingSpec spec, LabelledImages train, LabelledImages validation, TrainingListener listener,
            BooleanSupplier cancelled) {
        this.worker = worker;
        this.spec = spec;
        this.train = train;
        this.val = validation;
        this.listener = listener == null ? TrainingListener.NONE : listener;
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** Builds the graph, trains it and returns the result; failures become {@link ComputeException}s saying why. */
    public TrainingResult run() {
        GraphSpec graph = withoutFinalSoftmax(spec.graph());
        String problem = mismatch(graph, train);
        if (problem == null) {
            problem = nnwb.compute.train.LayerSetup.problem(graph, spec.layers());
        }
        if (problem != null) {
            throw new ComputeException(problem);
        }
        Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        memory.start();
        ComputationGraph net = null;
        try {
            long b0 = System.nanoTime();
            Dl4jGraph g = configuration(graph);
            Nd4j.getRandom().setSeed(spec.seed());
            net = new ComputationGraph(g.conf());
            net.init();
            nnwb.compute.dl4j.kernels.Kernels.install(net);
            LayerSetups.initialise(net, spec.layers());
            net.initGradientsView();
            memory.own(net.params(), net.getGradientsViewArray(), net.getUpdater(true).getStateViewArray());
            long fixed = memory.read();
            net.setListeners(memory, histograms);
            times.add("build", b0);
            TrainingResult r = loop(net, graph, g, fixed);
            net = null; // handed over
            return r;
        } catch (OutOfMemoryError e) {
            throw new ComputeException("out of memory while training at batch " + spec.batch() + " (" + e.getMessage()
                    + "); try a smaller batch or a smaller model", e);
        } catch (ComputeException e) {
            throw e;
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            boolean memory = m.toLowerCase(java.util.Locale.ROOT).contains("alloc") || m.contains("memory");
            throw new ComputeException((memory ? "out of memory while training at batch " + spec.batch() + ": "
                    : "training failed in the backend: ") + e.getClass().getSimpleName() + ": " + firstLine(m), e);
        } finally {
            if (net != null) {
                net.close();
            }
            Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        }
    }

    private TrainingResult loop(ComputationGraph net, GraphSpec graph, Dl4jGraph g, long fixed) {
        boolean flat = graph.input().isVector();
        int n = train.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] evalTrain = evalSubset(n);
        int[] valIdx = new int[val.size()];
        for (int i = 0; i < valIdx.length; i++) {
            valIdx[i] = i;
        }
        String firstLayer = firstWeightLayer(graph);
        long h0 = System.nanoTime();
        kernels(net, firstLayer, 0);
        listener.histograms(ParamHistograms.values(net, 0));
        times.add("histograms", h0);
        double perExampleLoss = train.pixelLabels() ? train.labelsPerExample() : 1;
        long t0 = System.nanoTime();
        double trainSeconds = 0;
        int iteration = 0;
        long examples = 0;
        boolean stop = false;
        List<EpochMetrics> epochs = new ArrayList<>();
        Random shuffle = new Random(spec.seed() * 7919 + 17);
        for (int epoch = 1; epoch <= spec.epochs() && !stop; epoch++) {
            shuffle(order, shuffle);
            long e0 = System.nanoTime();
            double lossSum = 0;
            int steps = 0;
            long epochExamples = 0;
            for (int from = 0; from < n; from += spec.batch()) {
                if (cancelled.getAsBoolean()) {
                    stop = true;
                    break;
                }
                int to = Math.min(n, from + spec.batch());
                if (iteration == 0) {
                    times.mark("firstStepAt");
                }
                long s0 = System.nanoTime();
                INDArray x = Batches.features(train, order, from, to, flat);
                INDArray y = Batches.labels(train, order, from, to);
                memory.holding(x, y);
                if (to == n) {
                    histograms.arm(epoch); // the epoch's last step: its gradients are histogrammed
                }
                net.fit(new DataSet(x, y));
                double loss = net.score() / perExampleLoss;
                x.close();
                y.close();
                memory.holding();
                trainSeconds += (System.nanoTime() - s0) / 1e9;
                long l0 = times.add("steps", s0);
                if (iteration == 0) {
                    times.add("firstStep", s0);
                }
                iteration++;
                examples += to - from;
                epochExamples += to - from;
                lossSum += loss;
                steps++;
                long now = measure();
                listener.iteration(new IterationMetrics(iteration, epoch, loss, examples, (System.nanoTime() - t0) / 1e9,
                        examples / Math.max(1e-9, trainSeconds), now));
                times.add("listeners", l0);
                if (!Double.isFinite(loss)) {
                    notes.add("the loss became " + loss + " at step " + iteration + "; training stopped (try a smaller learning rate)");
                    stop = true;
                    break;
                }
            }
            double epochTrain = (System.nanoTime() - e0) / 1e9;
            if (steps == 0) {
                break;
            }
            long v0 = System.nanoTime();
            Scores tr = evaluate(net, train, evalTrain, flat, null);
            Scores va = tr == null ? null : evaluate(net, val, valIdx, flat, epoch);
            long c0 = times.add("evaluate", v0);
            if (va == null) {
                stop = true;
                break; // cancelled during evaluation
            }
            EpochMetrics m = new EpochMetrics(epoch, iteration, lossSum / steps, tr.accuracy(), va.loss(), va.accuracy(),
                    epochTrain, (System.nanoTime() - t0) / 1e9, epochExamples / Math.max(1e-9, epochTrain), va.confusion);
            epochs.add(m);
            times.mark("lastEpochAt");
            listener.epoch(m);
            c0 = times.add("listeners", c0);
            try {
                listener.checkpoint(new Dl4jGraphNetwork(worker, net, flat));
            } catch (RuntimeException e) {
                notes.add("the checkpoint after epoch " + epoch + " could not be written: " + e.getMessage());
            }
            c0 = times.add("checkpoint", c0);
            kernels(net, firstLayer, epoch);
            List<TensorHistogram> h = new ArrayList<>(ParamHistograms.values(net, epoch));
            h.addAll(histograms.takeGradients());
            try {
                listener.histograms(h);
            } catch (RuntimeException e) {
                notes.add("the histograms after epoch " + epoch + " could not be kept: " + e.getMessage());
            }
            times.add("histograms", c0);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new TrainingResult(epochs, stop && cancelled.getAsBoolean(), new Dl4jGraphNetwork(worker, net, flat), seconds,
                examples / Math.max(1e-9, trainSeconds), fixed, memory.peak(), memory.peakWorkspace(), stateBytes(net), notes,
                memory.atPeak(), times.values());
    }

    private static long stateBytes(ComputationGraph net) {
        INDArray state = net.getUpdater(true).getStateViewArray();
        return state == null ? 0 : state.length() * state.dataType().width();
    }

    /** Scores over {@code idx}; reports pixel samples when {@code epoch} is given; null when cancelled. */
    private Scores evaluate(ComputationGraph net, LabelledImages set, int[] idx, boolean flat, Integer epoch) {
        Scores s = new Scores(set.classes());
        List<float[]> inputs = new ArrayList<>();
        List<int[]> predicted = new ArrayList<>();
        List<int[]> truth = new ArrayList<>();
        for (int from = 0; from < idx.length; from += spec.batch()) {
            if (cancelled.getAsBoolean()) {
                return null;
            }
            int to = Math.min(idx.length, from + spec.batch());
            INDArray x = Batches.features(set, idx, from, to, flat);
            memory.holding(x);
            INDArray out = net.outputSingle(false, x);
            float[] p = Batches.floats(out);
            s.add(p, set, idx, from, to);
            if (epoch != null && set.pixelLabels()) {
                for (int k = 0; k < to - from && inputs.size() < SAMPLES; k++) {
                    inputs.add(set.example(idx[from + k]));
                    predicted.add(Scores.argmaxPixels(p, k, set.classes(), set.labelsPerExample()));
                    truth.add(set.labelsOf(idx[from + k]));
                }
            }
            x.close();
            out.close();
            memory.holding();
            measure();
        }
        if (epoch != null && set.pixelLabels()) {
            listener.samples(new PixelSamples(epoch, set.height(), set.width(), inputs, predicted, truth));
        }
        return s;
    }

    private int[] evalSubset(int n) {
        int m = Math.min(n, spec.evalLimit());
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (m < n) {
            shuffle(all, new Random(spec.seed() + 3));
        }
        return java.util.Arrays.copyOf(all, m);
    }

    private static void shuffle(int[] a, Random r) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** ND4J memory now, above the start; tracks the peaks (the network's listener reads inside every step too). */
    private long measure() {
        return memory.read();
    }

    /** The DL4J configuration: the spec's layers, the updater, weight decay, dropout on dense inputs, a softmax loss. */
    private Dl4jGraph configuration(GraphSpec graph) {
        IUpdater updater = updater(spec.updater());
        boolean pixels = train.pixelLabels();
        Dl4jGraph g = GraphConfigs.build(graph, WeightInit.RELU.getWeightInitFunction(), spec.seed(), false, b -> {
            b.updater(updater);
            if (spec.weightDecay() > 0) {
                b.weightDecay(spec.weightDecay());
            }
            return b;
        }, (builder, out) -> {
            builder.addLayer("loss", pixels
                    ? new CnnLossLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX)
                            .format(CNN2DFormat.NCHW).build()
                    : new LossLayer.Builder(LossFunctions.LossFunction.MCXENT).activation(Activation.SOFTMAX).build(), out);
            return "loss";
        });
        if (spec.dropout() > 0) {
            dropout(g.conf(), spec.dropout());
        }
        LayerSetups.freeze(g.conf(), spec.layers());
        return g;
    }

    private IUpdater updater(UpdaterSpec u) {
        if (u.kind() == UpdaterSpec.UpdaterKind.MOMENTUM) {
            notes.add("momentum trains as DL4J's Nesterov momentum (" + u.momentum() + "): DL4J has no classic momentum for"
                    + " networks; the state is the same, one velocity per parameter");
            return new Nesterovs(u.learningRate(), u.momentum());
        }
        return UpdaterSteps.config(u);
    }

    private static void dropout(ComputationGraphConfiguration conf, double p) {
        for (GraphVertex v : conf.getVertices().values()) {
            if (v instanceof LayerVertex lv && lv.getLayerConf().getLayer() instanceof DenseLayer d) {
                ((BaseLayer) d).setIDropout(new Dropout(1 - p));
            }
        }
    }

    /** The spec without a final softmax node (the loss applies softmax). */
    static GraphSpec withoutFinalSoftmax(GraphSpec g) {
        GraphNode last = g.output();
        if (last.op() instanceof GraphOp.Act a && a.fn() == GraphOp.Fn.SOFTMAX && g.nodes().size() > 1) {
            return new GraphSpec(g.name(), g.inputName(), g.input(), g.nodes().subList(0, g.nodes().size() - 1));
        }
        return g;
    }

    /** Why the graph cannot train on the data, or null. */
    static String mismatch(GraphSpec g, LabelledImages data) {
        TensorShape in = g.input();
        long values = (long) data.channels() * data.height() * data.width();
        boolean inputOk = in.isVector() ? in.channels() == values
                : in.channels() == data.channels() && in.height() == data.height() && in.width() == data.width();
        if (!inputOk) {
            return "the network's input is " + in + " but the images are " + data.channels() + "x" + data.height() + "x"
                    + data.width();
        }
        TensorShape out = g.output().outputShape();
        if (data.pixelLabels()) {
            if (out.isVector() || out.channels() != data.classes() || out.height() != data.height() || out.width() != data.width()) {
                return "the network's output is " + out + " but a class per pixel needs " + data.classes() + "x" + data.height()
                        + "x" + data.width();
            }
        } else if (out.elements() != data.classes()) {
            return "the network's output is " + out + " but the data has " + data.classes() + " classes";
        }
        return null;
    }

    /** The first convolution or fully connected node, or null. */
    static String firstWeightLayer(GraphSpec g) {
        for (GraphNode n : g.nodes()) {
            if (n.op() instanceof GraphOp.Conv || n.op() instanceof GraphOp.Dense || n.op() instanceof GraphOp.TransposedConv) {
                return n.name();
            }
        }
        return null;
    }

    private void kernels(ComputationGraph net, String layer, int epoch) {
        if (layer == null) {
            return;
        }
        INDArray w = net.getLayer(layer).getParam("W");
        if (w == null) {
            return;
        }
        float[] v = Batches.floats(w);
        long[] s = w.shape();
        List<double[][]> ks = new ArrayList<>();
        if (s.length == 4) { // [out, in, kh, kw] (transposed: [in, out, kh, kw]); first input channel
            int kh = (int) s[2];
            int kw = (int) s[3];
            int per = (int) (s[1] * kh * kw);
            for (int f = 0; f < Math.min(KERNELS, s[0]); f++) {
                double[][] k = new double[kh][kw];
                for (int r = 0; r < kh; r++) {
                    for (int c = 0; c < kw; c++) {
                        k[r][c] = v[f * per + r * kw + c];
                    }
                }
                ks.add(k);
            }
        } else if (s.length == 2) { // dense [nIn, nOut]: unit j's weights over the first input plane
            int nIn = (int) s[0];
            int nOut = (int) s[1];
            int h = train.height();
            int wd = train.width();
            if (nIn % (h * wd) != 0) {
                h = 1;
                wd = nIn;
            }
            for (int j = 0; j < Math.min(KERNELS, nOut); j++) {
                double[][] k = new double[h][wd];
                for (int r = 0; r < h; r++) {
                    for (int c = 0; c < wd; c++) {
                        k[r][c] = v[(r * wd + c) * nOut + j];
                    }
                }
                ks.add(k);
            }
        }
        if (!ks.isEmpty()) {
            listener.kernels(new LayerKernels(layer, epoch, ks));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
