import java.nio.file.Path;

import org.nd4j.linalg.factory.Nd4j;

/**
 * libnd4j's calls of one training step (Nd4jChain) timed in a plain JVM on the compute bundles' class path
 * (ND4J 1.0.0-M2.1, nd4j-native linux-x86_64-onednn-avx2, JavaCPP 1.5.7). Started through
 * releng/bench/train-steps (BENCH_MAIN=onednn3/Nd4jKernels.java) by run-all:
 *
 *   MODEL BATCH [--steps N] [--warmup N] [--threads N] [--tsv FILE] [--with-onednn3]
 *
 * --with-onednn3 also builds oneDNN 3's chain (OurChain, libdnnl.so.3 through FFM, NNWB_DNNL_LIB) in this
 * same process after ND4J has run, and measures the two chains alternately: the coexistence check under load.
 */
public class Nd4jKernels {

    public static void main(String[] args) throws Exception {
        String model = args[0];
        int batch = Integer.parseInt(args[1]);
        int steps = 20;
        int warmup = 5;
        int threads = 2;
        Path tsv = null;
        boolean both = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--tsv" -> tsv = Path.of(args[++i]);
                case "--with-onednn3" -> both = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.setProperty("org.eclipse.deeplearning4j.helpers.disable", "false");
        Nd4j.create(1);
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Layers.Model m = Layers.model(model);
        Chain nd4j = Nd4jChain.build(m, batch);
        nd4j.measure(warmup, steps, tsv);
        if (both) {
            Chain ours = OurChain.build(m, batch, false);
            ours.measure(warmup, steps, tsv == null ? null : Path.of(tsv + ".same-jvm"));
            nd4j.measure(warmup, steps, tsv == null ? null : Path.of(tsv + ".same-jvm"));
        }
    }
}
