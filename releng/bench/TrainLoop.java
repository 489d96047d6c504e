import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.executioner.OpExecutioner.ProfilingMode;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import nnwb.compute.dl4j.bench.BenchModels;
import nnwb.compute.dl4j.kernels.Kernels;
import nnwb.compute.dl4j.net.NetworkFactory;
import nnwb.compute.dl4j.net.TrainingSpeed;

/**
 * Trains one benchmark model (the compute service's own configurations, BenchModels) for a fixed
 * number of steps in a plain JVM, for profilers and whole-process timings. Started by
 * releng/bench/train-steps (which sets the class path) and releng/bench/profile-training; directly:
 *
 *   java -cp "$CP" releng/bench/TrainLoop.java MODEL BATCH STEPS [options]
 *
 * MODEL is edge-cnn or small-resnet; options: --warmup N (steps before the measured ones, default
 * 0), --infer (inference instead of training steps), --rounds N (STEPS each, prints each round's
 * images/s), --cache none|device (default: the service's), --checks (ND4J's checking profiling mode instead of DISABLED), --threads N,
 * --profile FILE (async-profiler over the measured steps only; needs ASYNC_PROFILER_LIB),
 * --kernels dl4j|onednn3 (issue 29: the convolution layers on DL4J's helpers, the default, or on
 * nnwb.compute.onednn3's oneDNN 3 helper; needs nnwb.compute.onednn3 built and oneDNN's jar on the class path,
 * which train-steps adds; prints the install report).
 */
public class TrainLoop {

    @SuppressWarnings("deprecation") // setProfilingMode: deprecated in M2.1 but the only switch
    public static void main(String[] args) throws Exception {
        String model = args[0];
        int batch = Integer.parseInt(args[1]);
        int steps = Integer.parseInt(args[2]);
        int warmup = 0;
        int rounds = 1;
        int threads = Runtime.getRuntime().availableProcessors();
        CacheMode cache = TrainingSpeed.CACHE_MODE;
        boolean checks = false;
        boolean infer = false;
        String profile = null;
        String kernels = Kernels.DL4J;
        for (int i = 3; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--cache" -> cache = CacheMode.valueOf(args[++i].toUpperCase());
                case "--checks" -> checks = true;
                case "--infer" -> infer = true;
                case "--profile" -> profile = args[++i];
                case "--kernels" -> kernels = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.setProperty("org.eclipse.deeplearning4j.helpers.disable", "false");
        Nd4j.create(1);
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.getExecutioner().setProfilingMode(checks ? ProfilingMode.SCOPE_PANIC : ProfilingMode.DISABLED);
        boolean edge = model.equals("edge-cnn");
        long[] shape = edge ? new long[] {batch, 1, 28, 28} : new long[] {batch, 3, 32, 32};
        int classes = edge ? 3 : 10;
        List<DataSet> data = new ArrayList<>();
        Nd4j.getRandom().setSeed(7);
        for (int i = 0; i < 16; i++) {
            INDArray x = Nd4j.rand(DataType.FLOAT, shape);
            INDArray y = Nd4j.zeros(DataType.FLOAT, batch, classes);
            for (int r = 0; r < batch; r++) {
                y.putScalar(r, (r * 7 + i) % classes, 1f);
            }
            data.add(new DataSet(x, y));
        }
        Consumer<DataSet> step; // one training step, or one forward pass with --infer
        if (edge) {
            MultiLayerNetwork m = new MultiLayerNetwork(NetworkFactory.configuration(BenchModels.edgeCnn(), false, cache));
            m.init();
            install(m, kernels);
            step = infer ? d -> m.output(d.getFeatures(), false) : m::fit;
        } else if (model.equals("small-resnet")) {
            ComputationGraph g = new ComputationGraph(BenchModels.smallResNet(false, cache));
            g.init();
            install(g, kernels);
            step = infer ? d -> g.outputSingle(false, d.getFeatures()) : g::fit;
        } else {
            throw new IllegalArgumentException("model is edge-cnn or small-resnet, not " + model);
        }
        for (int i = 0; i < warmup; i++) {
            step.accept(data.get(i % data.size()));
        }
        Object profiler = profile == null ? null : startProfiler();
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                step.accept(data.get(i % data.size()));
            }
            rates[r] = steps * (double) batch / ((System.nanoTime() - t0) / 1e9);
        }
        if (profiler != null) {
            execute(profiler, "stop,file=" + profile + ",collapsed");
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf("%s %s batch %d, kernels %s, %d threads, cache %s, %s: %.0f images/s (median of %d rounds of %d steps: %s)%n",
                infer ? "inference" : "training", model, batch, kernels, threads, cache, checks ? "checks" : "no checks", sorted[rounds / 2], rounds, steps,
                Arrays.toString(Arrays.stream(rates).mapToLong(Math::round).toArray()));
    }

    /** The chosen kernels into the network's convolution layers (the oneDNN 3 service made by hand: no OSGi). */
    private static void install(org.deeplearning4j.nn.api.Model net, String kernels) throws Exception {
        if (Kernels.DL4J.equals(kernels)) {
            return;
        }
        Object k = Class.forName("nnwb.compute.onednn3.Onednn3Kernels").getConstructor().newInstance();
        Kernels.Report r = Kernels.install(net, kernels, (nnwb.compute.dl4j.kernels.LayerKernels) k);
        System.out.println("kernels: " + r.line());
        if (r.installed() == 0) {
            throw new IllegalStateException("no layer runs on " + kernels + ": " + r.line());
        }
    }

    private static Object startProfiler() throws Exception {
        String lib = System.getenv("ASYNC_PROFILER_LIB");
        Object p = Class.forName("one.profiler.AsyncProfiler").getMethod("getInstance", String.class).invoke(null, lib);
        execute(p, "start,event=cpu,interval=1ms,threads,cstack=dwarf");
        return p;
    }

    private static void execute(Object profiler, String command) throws Exception {
        Method m = profiler.getClass().getMethod("execute", String.class);
        m.invoke(profiler, command);
    }
}
