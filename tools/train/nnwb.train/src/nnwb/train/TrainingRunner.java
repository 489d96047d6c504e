package nnwb.train;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The least time between two model checkpoints (and rewrites of {@link HistogramLog#FILE}) during a run; the first
     * epoch's is always written. Saving DL4J's model zip after each of the coursework's 0.04-second epochs took a fifth
     * of its run; a run killed hard loses at most this much training, a run stopped or finished writes everything.
     */
    public static final Duration CHECKPOINT_PERIOD = Duration.ofSeconds(5);

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
        long r0 = System.nanoTime();
        ComputeStatus st = compute.start().toCompletableFuture().join();
        double start = (System.nanoTime() - r0) / 1e9;
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
        double folderSeconds = 0;
        Forward forward = new Forward(l, iterations, folder, c, Collections.synchronizedList(new ArrayList<>()));
        try {
            TrainingSpec spec = new TrainingSpec(p.graph(), Updaters.of(c), c.weightDecay(), c.dropout(), c.batch(), c.epochs(),
                    c.seed(), 5000, LayerOptions.of(c, p.graph()));
            if (folder != null) {
                long f0 = System.nanoTime();
                RunFolder.started(folder, c);
                folderSeconds = (System.nanoTime() - f0) / 1e9;
            }
            r = compute.train(spec, images(p.dataset().train()), images(p.dataset().validation()), forward, cancelled);
        } finally {
            sub.close();
            long f0 = System.nanoTime();
            try {
                forward.flush();
            } catch (java.io.UncheckedIOException e) {
                // the run folder's final write below says that the folder cannot be written
            }
            folderSeconds += (System.nanoTime() - f0) / 1e9;
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
            Map<String, Double> timings = timings(p, start, r.timings());
            timings.put("runFolder", folderSeconds);
            timings.put("total", p.seconds().getOrDefault("prepare", 0.0) + (System.nanoTime() - r0) / 1e9);
            RunResult partial = new RunResult(c, r.epochs(), r.cancelled(), peak, p.prediction(), r.examplesPerSecond(),
                    r.seconds(), peakHeap.get(), r.fixedBytes(), r.optimizerStateBytes(), folder, notes, ordered(timings));
            if (folder != null) {
                long f0 = System.nanoTime();
                // result.json has the timings so far: runFolder and total without writing the folder itself
                RunFolder.write(folder, p, partial, List.copyOf(iterations), List.copyOf(samples), net);
                folderSeconds += (System.nanoTime() - f0) / 1e9;
            }
            timings.put("runFolder", folderSeconds);
            timings.put("total", p.seconds().getOrDefault("prepare", 0.0) + (System.nanoTime() - r0) / 1e9);
            result = new RunResult(c, r.epochs(), r.cancelled(), peak, p.prediction(), r.examplesPerSecond(), r.seconds(),
                    peakHeap.get(), r.fixedBytes(), r.optimizerStateBytes(), folder, notes, ordered(timings));
        }
        l.finished(result);
        return result;
    }

    /** Preparing, starting the backend, then the trainer's phases (see {@link RunJson}'s {@code timings}). */
    private static Map<String, Double> timings(PreparedRun p, double start, Map<String, Double> trainer) {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("data", p.seconds().getOrDefault("data", 0.0));
        t.put("prepare", p.seconds().getOrDefault("prepare", 0.0));
        t.put("start", start);
        t.putAll(trainer);
        t.put("jvmStartAt", (double) ManagementFactory.getRuntimeMXBean().getStartTime());
        return t;
    }

    /** The phases first, the instants (keys ending in "At") last. */
    private static Map<String, Double> ordered(Map<String, Double> t) {
        Map<String, Double> o = new LinkedHashMap<>();
        t.forEach((k, v) -> {
            if (!k.endsWith("At")) {
                o.put(k, v);
            }
        });
        t.forEach((k, v) -> {
            if (k.endsWith("At")) {
                o.put(k, v);
            }
        });
        return o;
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
     * metrics so far after every epoch and, after the first epoch and then at most every {@link #CHECKPOINT_PERIOD},
     * a checkpoint of the model and the histograms ({@link RunFolder#checkpoint}); the run's end writes both again.
     */
    private static final class Forward extends ForwardingRunListener {

        private final List<IterationMetrics> iterations;
        private final Path folder;
        private final RunConfig config;
        private final List<EpochMetrics> epochs;
        private final HistogramLog histograms = new HistogramLog();
        private long lastSave;
        private boolean histogramsDue;
        private boolean unwritten;

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
                long now = System.nanoTime();
                boolean due = lastSave == 0 || now - lastSave >= CHECKPOINT_PERIOD.toNanos();
                RunFolder.checkpoint(folder, config, List.copyOf(epochs), due ? network : null);
                if (due) {
                    lastSave = System.nanoTime();
                    histogramsDue = true;
                }
            }
        }

        /** Keeps the histograms and rewrites {@link HistogramLog#FILE} with the model's checkpoint (and at the end). */
        @Override
        public void histograms(List<nnwb.compute.train.TensorHistogram> h) {
            histograms.add(h);
            unwritten = true;
            if (folder != null && histogramsDue) {
                histograms.write(folder);
                histogramsDue = false;
                unwritten = false;
            }
            super.histograms(h);
        }

        /** Writes the histograms not written yet; after the run, also after one that failed. */
        void flush() {
            if (folder != null && unwritten) {
                histograms.write(folder);
                unwritten = false;
            }
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
