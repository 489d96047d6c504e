package nnwb.train.ui.internal;

import java.util.ArrayList;
import java.util.List;

import nnwb.compute.train.EpochMetrics;
import nnwb.compute.train.IterationMetrics;
import nnwb.compute.train.LayerKernels;
import nnwb.compute.train.PixelSamples;
import nnwb.core.data.MemoryPrediction;
import nnwb.train.MemorySample;
import nnwb.train.PreparedRun;
import nnwb.train.RunListener;
import nnwb.train.RunResult;

/**
 * What the monitor shows for one run, collected from the run's listener on the compute and sampler threads and
 * read by the UI as an immutable {@link State} (a version number tells whether anything changed). No SWT here.
 */
public final class MonitorModel implements RunListener {

    /**
     * A copy of everything so far.
     *
     * @param version     increases with every change
     * @param title       the run's name and summary
     * @param iterations  per step
     * @param epochs      per epoch
     * @param memory      memory samples
     * @param prediction  the engine's prediction, or null before the run starts
     * @param kernels     the latest first-layer weights, or null
     * @param samples     the latest colourisation samples, or null
     * @param classNames  class names of the data
     * @param palette     colours of the classes (colourisation), else empty
     * @param totalSteps  steps the run will take
     * @param status      a line: running, finished, cancelled or the failure
     * @param failed      true when {@code status} is a failure
     * @param result      the result once finished
     */
    public record State(long version, String title, List<IterationMetrics> iterations, List<EpochMetrics> epochs,
            List<MemorySample> memory, MemoryPrediction prediction, LayerKernels kernels, PixelSamples samples,
            List<String> classNames, List<float[]> palette, int totalSteps, String status, boolean failed, RunResult result) {

        /** The largest ND4J off-heap reading so far. */
        public long peakOffHeap() {
            long p = 0;
            for (MemorySample m : memory) {
                p = Math.max(p, m.offHeapBytes());
            }
            for (IterationMetrics i : iterations) {
                p = Math.max(p, i.backendBytes());
            }
            return p;
        }

        public EpochMetrics lastEpoch() {
            return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        }

        public double examplesPerSecond() {
            return iterations.isEmpty() ? 0 : iterations.get(iterations.size() - 1).examplesPerSecond();
        }
    }

    private long version;
    private String title = "";
    private final List<IterationMetrics> iterations = new ArrayList<>();
    private final List<EpochMetrics> epochs = new ArrayList<>();
    private final List<MemorySample> memory = new ArrayList<>();
    private MemoryPrediction prediction;
    private LayerKernels kernels;
    private PixelSamples samples;
    private List<String> classNames = List.of();
    private List<float[]> palette = List.of();
    private int totalSteps;
    private String status = "No run yet: choose a configuration or an experiment and press Run.";
    private boolean failed;
    private RunResult result;
    private nnwb.train.HistogramLog histograms = new nnwb.train.HistogramLog();
    private long histogramVersion;

    /** Forgets the previous run. */
    public synchronized void reset(String title) {
        this.title = title;
        iterations.clear();
        epochs.clear();
        memory.clear();
        prediction = null;
        kernels = null;
        samples = null;
        classNames = List.of();
        palette = List.of();
        totalSteps = 0;
        status = "preparing " + title;
        failed = false;
        result = null;
        histograms = new nnwb.train.HistogramLog();
        histogramVersion++;
        version++;
    }

    /** The run's parameter and gradient histograms so far (the Histograms tab), oldest epoch first. */
    public synchronized List<nnwb.compute.train.TensorHistogram> histograms() {
        return histograms.entries();
    }

    /** Increases whenever the histograms change (a new run, a new epoch's). */
    public synchronized long histogramVersion() {
        return histogramVersion;
    }

    @Override
    public synchronized void histograms(List<nnwb.compute.train.TensorHistogram> h) {
        histograms.add(h);
        histogramVersion++;
        version++;
    }

    public synchronized State state() {
        return new State(version, title, List.copyOf(iterations), List.copyOf(epochs), List.copyOf(memory), prediction, kernels,
                samples, classNames, palette, totalSteps, status, failed, result);
    }

    public synchronized long version() {
        return version;
    }

    @Override
    public synchronized void started(PreparedRun run) {
        prediction = run.prediction();
        classNames = run.dataset().classNames();
        palette = run.dataset().palette();
        int n = run.dataset().train().size();
        totalSteps = run.config().epochs() * ((n + run.config().batch() - 1) / run.config().batch());
        status = "running " + run.config().summary();
        version++;
    }

    @Override
    public synchronized void iteration(IterationMetrics m) {
        iterations.add(m);
        version++;
    }

    @Override
    public synchronized void epoch(EpochMetrics m) {
        epochs.add(m);
        version++;
    }

    @Override
    public synchronized void kernels(LayerKernels k) {
        kernels = k;
        version++;
    }

    @Override
    public synchronized void samples(PixelSamples s) {
        samples = s;
        version++;
    }

    @Override
    public synchronized void memory(MemorySample m) {
        memory.add(m);
        version++;
    }

    @Override
    public synchronized void finished(RunResult r) {
        result = r;
        status = (r.cancelled() ? "cancelled: " : "finished: ") + r.config().name()
                + (r.epochs().isEmpty() ? "" : String.format(java.util.Locale.ROOT, ", validation accuracy %.3f", r.valAccuracy()));
        version++;
    }

    /** The run failed; {@code message} says why. */
    public synchronized void failed(String message) {
        status = message;
        failed = true;
        version++;
    }

    /** A status line without failing (e.g. waiting). */
    public synchronized void status(String message) {
        status = message;
        version++;
    }
}
