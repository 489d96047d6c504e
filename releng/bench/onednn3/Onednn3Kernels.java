import java.nio.file.Path;

/**
 * oneDNN 3's kernels of one training step (OurChain) timed in a plain JVM:
 *
 *   java -Ddnnl.lib=.../libdnnl.so.3 --enable-native-access=ALL-UNNAMED Onednn3Kernels.java \
 *        MODEL BATCH [--steps N] [--warmup N] [--tsv FILE] [--verbose]
 *
 * Threads: oneDNN's OpenMP runtime, OMP_NUM_THREADS (run-all sets 2).
 */
public class Onednn3Kernels {

    public static void main(String[] args) throws Exception {
        String model = args[0];
        int batch = Integer.parseInt(args[1]);
        int steps = 50;
        int warmup = 10;
        Path tsv = null;
        boolean verbose = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--steps" -> steps = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--tsv" -> tsv = Path.of(args[++i]);
                case "--verbose" -> verbose = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        OurChain.build(Layers.model(model), batch, verbose).measure(warmup, steps, tsv);
    }
}
