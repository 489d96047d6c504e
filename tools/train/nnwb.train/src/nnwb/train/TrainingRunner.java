package nnwb.train;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import nnwb.compute.ComputeException;
import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;
import nnwb.compute.DeviceInfo;
import nnwb.compute.memory.MemorySnapshot;
import nnwb.compute.memory.Subscription;
import nnwb.compute.net.Network;
import nnwb.compute.train.EpochMetrics;
import nnwb.compute.train.IterationMetrics;
import nnwb.compute.train.LabelledImages;
import nnwb.compute.train.TrainingResult;
import nnwb.compute.train.TrainingSpec;
import nnwb.core.data.ImageSet;
import nnwb.core.data.RunConfig;

/**
 * Runs one training run through the compute service: prepares the configuration, samples memory four times a
 * second beside the training, and writes the run folder. Plain Java over the compute API: construct it with any
 * {@link ComputeService} (the OSGi one, or a DL4J service made directly in a plain JVM).
 */
public final class TrainingRunner {

    /** Memory sampling period: four readings a second. */
    public static final Duration SAMPLE_PERIOD = Duration.ofMillis(250);

    private final ComputeService compute;
    private final Path base;
    private final PreparedRun.DataCache cache;

    /** {@code base} resolves relative model files (null: the working directory). */
    public TrainingRunner(ComputeService compute, Path base) {
        this(compute, base, new PreparedRun.DataCache());
    }

    TrainingRunner(ComputeService compute, Path base, PreparedRun.DataCache cache) {
        this.compute = compute;
        this.base = base;
        this.cache = cache;
    }

    /** Checks and prepares {@code c} without training. */
    public PreparedRun prepare(RunConfig c) {
        return PreparedRun.prepare(c, base, cache);
    }

    /** Prepares and runs {@code c}; see {@link #run(PreparedRun, Path, RunListener, BooleanSupplier)}. */
    public RunResult run(RunConfig c, Path folder, RunListener listener, BooleanSupplier cancelled) {
        return run(prepare(c), folder, listener, cancelled);
    }

    /**
     * Trains {@code p}, writing the run folder to {@code folder} when it is not null.
     *
     * @throws ComputeException when the backend is not available or the run failed in it (out of memory...)
     */
    public RunResult run(PreparedRun p, Path folder, RunListener listener, BooleanSupplier cancelled) {
        RunListener l = listener == null ? RunListener.NONE : listener;
        ComputeStatus st = compute.start().toCompletableFuture().join();
        if (!st.isReady()) {
            throw new ComputeException("the compute backend is not available: " + st.reason());
        }
        boolean gpu = st.backend().device().kind() == DeviceInfo.DeviceKind.GPU;
        RunConfig c = p.config();
        MemorySnapshot before = compute.memory();
        long offBase = before.backendWorkspaces() + before.backendArrays();
        long deviceBase = deviceUsed(before);
        long t0 = System.nanoTime();
        AtomicLong peakHeap = new AtomicLong(before.heapUsed());
        AtomicLong peakDevice = new AtomicLong();
        List<MemorySample> samples = Collections.synchronizedList(new ArrayList<>());
        List<IterationMetrics> iterations = Collections.synchronizedList(new ArrayList<>());
        l.started(p);
        Subscription sub = compute.onMemory(SAMPLE_PERIOD, m -> {
            long dev = deviceUsed(m);
            MemorySample s = new MemorySample((System.nanoTime() - t0) / 1e9, m.heapUsed(),
                    m.backendWorkspaces() + m.backendArrays() - offBase, m.backendWorkspaces(), m.backendArrays(), dev,
                    m.gpus().isEmpty() ? -1 : m.gpus().get(0).totalBytes());
            peakHeap.accumulateAndGet(s.heapBytes(), Math::max);
            if (dev >= 0 && deviceBase >= 0) {
                peakDevice.accumulateAndGet(dev - deviceBase, Math::max);
            }
            samples.add(s);
            try {
                l.memory(s);
            } catch (RuntimeException e) {
                // a listener's problem must not stop the sampling
            }
        });
        TrainingResult r;
        try {
            TrainingSpec spec = new TrainingSpec(p.graph(), Updaters.of(c), c.weightDecay(), c.dropout(), c.batch(), c.epochs(),
                    c.seed(), 5000, LayerOptions.of(c, p.graph()));
            if (folder != null) {
                RunFolder.started(folder, c);
            }
            r = compute.train(spec, images(p.dataset().train()), images(p.dataset().validation()),
                    new Forward(l, iterations, folder, c, Collections.synchronizedList(new ArrayList<>())), cancelled);
        } finally {
            sub.close();
        }
        // on the CPU the trainer's own readings at fixed points of every step: the timer's samples (drawn, kept in the
        // run folder) fall at random moments of a step and start from a level taken before the worker's workspaces
        // were reset, so their maximum did not repeat from run to run
        long peak = gpu ? peakDevice.get() : r.peakBytes();
        RunResult result;
        try (Network net = r.network()) {
            List<String> notes = new ArrayList<>(r.notes());
            if (!c.backend().equals("cpu") && !gpu) {
                notes.add("the configuration asks for the " + c.backend() + " backend; the service runs on "
                        + st.backend().name());
            }
            result = new RunResult(c, r.epochs(), r.cancelled(), peak, p.prediction(), r.examplesPerSecond(), r.seconds(),
                    peakHeap.get(), r.fixedBytes(), r.optimizerStateBytes(), folder, notes);
            if (folder != null) {
                RunFolder.write(folder, p, result, List.copyOf(iterations), List.copyOf(samples), net);
            }
        }
        l.finished(result);
        return result;
    }

    private static long deviceUsed(MemorySnapshot m) {
        if (m.gpus().isEmpty()) {
            return -1;
        }
        DeviceInfo g = m.gpus().get(0);
        return g.totalBytes() >= 0 && g.freeBytes() >= 0 ? g.totalBytes() - g.freeBytes() : -1;
    }

    /**
     * Passes the service's metrics on, keeps the iterations for the folder and, when there is a folder, writes the
     * metrics so far and a checkpoint of the model after every epoch ({@link RunFolder#checkpoint}).
     */
    private static final class Forward extends ForwardingRunListener {

        private final List<IterationMetrics> iterations;
        private final Path folder;
        private final RunConfig config;
        private final List<EpochMetrics> epochs;
        private final HistogramLog histograms = new HistogramLog();

        Forward(RunListener l, List<IterationMetrics> iterations, Path folder, RunConfig config, List<EpochMetrics> epochs) {
            super(l);
            this.iterations = iterations;
            this.folder = folder;
            this.config = config;
            this.epochs = epochs;
        }

        @Override
        public void checkpoint(Network network) {
            if (folder != null) {
                RunFolder.checkpoint(folder, config, List.copyOf(epochs), network);
            }
        }

        /** Keeps the histograms and rewrites {@link HistogramLog#FILE} with every epoch's. */
        @Override
        public void histograms(List<nnwb.compute.train.TensorHistogram> h) {
            histograms.add(h);
            if (folder != null) {
                histograms.write(folder);
            }
            super.histograms(h);
        }

        @Override
        public void iteration(IterationMetrics m) {
            iterations.add(m);
            super.iteration(m);
        }

        @Override
        public void epoch(EpochMetrics m) {
            epochs.add(m);
            super.epoch(m);
        }
    }

    /** The data engine's images in the compute API's words (the arrays are shared, not copied). */
    static LabelledImages images(ImageSet s) {
        return new LabelledImages(s.channels(), s.height(), s.width(), s.pixels(), s.labels(), s.labelsPerExample(),
                s.classes());
    }
}
