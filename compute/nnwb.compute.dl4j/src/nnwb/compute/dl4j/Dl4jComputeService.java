package nnwb.compute.dl4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import nnwb.compute.BackendInformation;
import nnwb.compute.ComputeException;
import nnwb.compute.MemoryReadings;
import nnwb.compute.NetworkTraining;
import nnwb.compute.OptimizerSteps;
import nnwb.compute.TensorOperations;
import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;
import nnwb.compute.ConvSpec;
import nnwb.compute.GpuReport;
import nnwb.compute.Tensor;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.UpdaterState;
import nnwb.compute.UpdaterStep;
import nnwb.compute.OptimizerSettings;
import nnwb.compute.TraceLoop;
import nnwb.compute.UpdaterMatch;
import nnwb.compute.dl4j.ops.Nd4jForms;
import nnwb.compute.dl4j.ops.Nd4jOptimizers;
import nnwb.compute.bench.BenchOptions;
import nnwb.compute.bench.BenchRow;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.graph.InitSpec;
import nnwb.compute.graph.ParameterCount;
import nnwb.compute.graph.VarianceSample;
import nnwb.compute.dl4j.bench.Benchmark;
import nnwb.compute.dl4j.graph.ParameterCounter;
import nnwb.compute.dl4j.graph.VarianceSampler;
import nnwb.compute.dl4j.kernels.Kernels;
import nnwb.compute.dl4j.kernels.LayerKernels;
import nnwb.compute.dl4j.memory.MemoryReader;
import nnwb.compute.dl4j.memory.MemorySampler;
import nnwb.compute.dl4j.memory.Nvml;
import nnwb.compute.dl4j.net.Dl4jNetwork;
import nnwb.compute.dl4j.net.NetworkFactory;
import nnwb.compute.dl4j.ops.Convolutions;
import nnwb.compute.dl4j.ops.MatrixProduct;
import nnwb.compute.dl4j.ops.UpdaterSteps;
import nnwb.compute.memory.MemorySnapshot;
import nnwb.compute.memory.Subscription;
import nnwb.compute.net.Network;
import nnwb.compute.net.NetworkSpec;
import nnwb.compute.dl4j.train.Dl4jGraphNetwork;
import nnwb.compute.dl4j.train.GraphTrainer;
import nnwb.compute.train.TrainingListener;
import nnwb.compute.train.TrainingResult;
import nnwb.compute.train.LabelledImages;
import nnwb.compute.train.TrainingSpec;

/**
 * The compute service on DL4J/ND4J, a Declarative Services component. Activation only reads the
 * configuration: ND4J loads on the worker thread at {@link #start()} or the first operation.
 */
@Component(service = {ComputeService.class, BackendInformation.class, TensorOperations.class,
        OptimizerSteps.class, NetworkTraining.class, MemoryReadings.class})
public final class Dl4jComputeService implements ComputeService {

    private final CopyOnWriteArrayList<Consumer<ComputeStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private ComputeConfig config;
    private Map<String, String> versions;
    private ComputeWorker worker;
    private MemoryReader memoryReader;
    private MemorySampler sampler;
    private volatile ComputeStatus status = ComputeStatus.notStarted();
    private CompletableFuture<ComputeStatus> started;
    private Nvml nvml;

    /** For Declarative Services; {@link #activate(BundleContext)} follows. */
    public Dl4jComputeService() {
    }

    /** A service outside OSGi's life cycle, e.g. with another configuration in a test. */
    public Dl4jComputeService(ComputeConfig config, Map<String, String> versions) {
        init(config, versions);
    }

    /**
     * A service in a plain JVM (a Spark executor, a test): configured from the system properties like the
     * component, with JavaCPP's cache in {@code fallbackCache} unless {@code org.bytedeco.javacpp.cachedir} is set,
     * and the library versions from the class path's manifests.
     */
    public static Dl4jComputeService outsideOsgi(Path fallbackCache) {
        return new Dl4jComputeService(ComputeConfig.from(System.getProperties(), fallbackCache),
                LibraryVersions.fromClassPath(Dl4jComputeService.class.getClassLoader()));
    }

    @Activate
    void activate(BundleContext context) {
        Path fallback = context.getDataFile("javacpp").toPath();
        init(ComputeConfig.from(System.getProperties(), fallback), LibraryVersions.read(context));
    }

    private void init(ComputeConfig c, Map<String, String> v) {
        this.config = c;
        Map<String, String> all = new java.util.LinkedHashMap<>(v);
        all.put("computeBackend", c.backend());
        this.versions = java.util.Collections.unmodifiableMap(all);
        this.worker = new ComputeWorker("nnwb-compute");
        this.memoryReader = new MemoryReader(() -> status.isReady(), this::gpus);
        this.sampler = new MemorySampler(memoryReader);
    }

    /** Layer kernels of our own (nnwb.compute.onednn3), taken when a bundle offers them; see {@link Kernels}. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindKernels(LayerKernels k) {
        Kernels.provide(k);
    }

    void unbindKernels(LayerKernels k) {
        Kernels.withdraw(k);
    }

    /** After a network was built: a kernel fallback's reason joins {@code BackendInfo.details()}. */
    private void reportKernels() {
        Kernels.Report r = Kernels.last();
        ComputeStatus s = status;
        if (r == null || !s.isReady() || Kernels.DL4J.equals(r.requested())) {
            return;
        }
        nnwb.compute.BackendInfo b = s.backend();
        Map<String, String> d = new java.util.LinkedHashMap<>(b.details());
        d.put("kernels", r.line());
        setStatus(ComputeStatus.ready(new nnwb.compute.BackendInfo(b.name(), b.version(), b.device(), b.accelerated(),
                d, b.startMillis())));
    }

    @Deactivate
    public void deactivate() {
        sampler.close();
        worker.close();
        synchronized (this) {
            if (nvml != null) {
                nvml.close();
            }
        }
    }

    public ComputeConfig config() {
        return config;
    }

    @Override
    public ComputeStatus status() {
        return status;
    }

    @Override
    public synchronized CompletionStage<ComputeStatus> start() {
        if (started == null) {
            setStatus(ComputeStatus.starting("loading ND4J and its native libraries"));
            started = new CompletableFuture<>();
            worker.submit(() -> {
                ComputeStatus s = new BackendStarter(config, versions, nvml()).start();
                setStatus(s);
                started.complete(s);
                return s;
            });
        }
        return started;
    }

    @Override
    public Subscription onStatus(Consumer<ComputeStatus> listener) {
        statusListeners.add(listener);
        listener.accept(status);
        return () -> statusListeners.remove(listener);
    }

    private void setStatus(ComputeStatus s) {
        status = s;
        for (Consumer<ComputeStatus> l : statusListeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                statusListeners.remove(l);
            }
        }
    }

    /** Waits for the backend; throws with the reason when it failed. Not on the worker before start. */
    private void ready() {
        ComputeStatus s = start().toCompletableFuture().join();
        if (!s.isReady()) {
            throw new ComputeException("compute backend not available: " + s.reason());
        }
    }

    private <T> T compute(java.util.concurrent.Callable<T> task) {
        ready();
        return worker.call(task);
    }

    @Override
    public GpuReport gpus() {
        return nvml().read();
    }

    private synchronized Nvml nvml() {
        if (nvml == null) {
            nvml = Nvml.open();
        }
        return nvml;
    }

    @Override
    public Tensor convolve(Tensor input, Tensor kernel, ConvSpec spec) {
        return compute(() -> Convolutions.convolve(input, kernel, spec));
    }

    @Override
    public Tensor matmul(Tensor a, Tensor b) {
        return compute(() -> MatrixProduct.multiply(a, b));
    }

    @Override
    public UpdaterState newUpdaterState(UpdaterSpec spec, int parameterCount) {
        return UpdaterSteps.fresh(spec, parameterCount);
    }

    @Override
    public UpdaterStep step(UpdaterSpec spec, double[] parameters, double[] gradient, UpdaterState state) {
        return compute(() -> UpdaterSteps.step(spec, parameters, gradient, state));
    }

    @Override
    public UpdaterMatch match(OptimizerSettings optimizer) {
        return Nd4jForms.match(optimizer);
    }

    @Override
    public String backendNote(String optimizer) {
        return Nd4jForms.note(optimizer);
    }

    @Override
    public <R> R trace(TraceLoop<R> loop) {
        return compute(() -> loop.run(Nd4jOptimizers::create));
    }

    @Override
    public Network build(NetworkSpec spec) {
        return compute(() -> {
            MultiLayerNetwork net = new MultiLayerNetwork(NetworkFactory.configuration(spec, config.nhwc()));
            net.init();
            Kernels.install(net);
            reportKernels();
            return new Dl4jNetwork(worker, net, config.nhwc());
        });
    }

    @Override
    public ParameterCount parameterCount(GraphSpec graph) {
        return compute(() -> ParameterCounter.count(graph));
    }

    @Override
    public VarianceSample sampleVariance(GraphSpec graph, InitSpec init, int batch, long seed) {
        return compute(() -> VarianceSampler.sample(graph, init, batch, seed));
    }

    @Override
    public TrainingResult train(TrainingSpec spec, LabelledImages train, LabelledImages validation, TrainingListener listener,
            BooleanSupplier cancelled) {
        return compute(() -> {
            try {
                return new GraphTrainer(worker, spec, train, validation, listener, cancelled).run();
            } finally {
                reportKernels();
            }
        });
    }

    @Override
    public Network load(Path file) {
        return compute(() -> Dl4jGraphNetwork.isGraph(file) ? Dl4jGraphNetwork.load(worker, file) : Dl4jNetwork.load(worker, file));
    }

    @Override
    public MemorySnapshot memory() {
        return memoryReader.read();
    }

    @Override
    public Subscription onMemory(Duration period, Consumer<MemorySnapshot> listener) {
        return sampler.subscribe(period, listener);
    }

    @Override
    public List<BenchRow> benchmark(BenchOptions options) {
        ready();
        int threads = status.backend().device().threads();
        String name = status.backend().name();
        return worker.call(() -> new Benchmark(name, threads, config.nhwc()).run(options));
    }

    @Override
    public Map<String, String> versions() {
        return versions;
    }
}
