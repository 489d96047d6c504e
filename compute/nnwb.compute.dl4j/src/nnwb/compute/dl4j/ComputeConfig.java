package nnwb.compute.dl4j;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * How the service starts its backend, read from system properties (the product sets them in its
 * config.ini and start script; tests in their argLine).
 *
 * @param backend   {@code nnwb.compute.backend}: "cpu" (default), "cuda" or "auto"
 * @param cacheDir  {@code org.bytedeco.javacpp.cachedir}: where JavaCPP unpacks natives; when the
 *                  property is unset, the bundle's data area (never ~/.javacpp)
 * @param threads   {@code nnwb.compute.threads}: compute threads, 0 = ND4J's default (cores)
 * @param nhwc      {@code nnwb.compute.nhwc}: lay out images channels-last inside networks;
 *                  experimental and off by default: it was no faster and one product run died
 *                  with SIGSEGV inside oneDNN's generated code (BENCHMARKS.md)
 * @param checks    {@code nnwb.compute.checks}: ND4J checks every op's arrays against closed
 *                  workspaces (its default profiling mode, for tests); off (DISABLED) by default
 * @param dedicated {@code nnwb.compute.dedicated}: the machine is dedicated to this run, so OpenMP
 *                  threads may spin while waiting (libgomp's default wait policy) whatever
 *                  {@code OMP_WAIT_POLICY} says; off by default (BENCHMARKS.md, "Training speed")
 */
public record ComputeConfig(String backend, Path cacheDir, int threads, boolean nhwc, boolean checks,
        boolean dedicated) {

    public static final String BACKEND = "nnwb.compute.backend";
    public static final String CACHE_DIR = "org.bytedeco.javacpp.cachedir";
    public static final String THREADS = "nnwb.compute.threads";
    public static final String NHWC = "nnwb.compute.nhwc";
    public static final String CHECKS = "nnwb.compute.checks";
    public static final String DEDICATED = "nnwb.compute.dedicated";

    /** The configuration from {@code props}; {@code fallbackCache} when no cache dir is set. */
    public static ComputeConfig from(Properties props, Path fallbackCache) {
        String backend = props.getProperty(BACKEND, "cpu").trim().toLowerCase(Locale.ROOT);
        String cache = props.getProperty(CACHE_DIR);
        int threads;
        try {
            threads = Integer.parseInt(props.getProperty(THREADS, "0").trim());
        } catch (NumberFormatException e) {
            threads = 0;
        }
        return new ComputeConfig(backend, cache == null || cache.isBlank() ? fallbackCache : Path.of(cache),
                Math.max(threads, 0), flag(props, NHWC), flag(props, CHECKS), flag(props, DEDICATED));
    }

    private static boolean flag(Properties props, String name) {
        return Boolean.parseBoolean(props.getProperty(name, "false").trim());
    }

    public ComputeConfig withCacheDir(Path dir) {
        return new ComputeConfig(backend, dir, threads, nhwc, checks, dedicated);
    }

    public ComputeConfig withBackend(String b) {
        return new ComputeConfig(b, cacheDir, threads, nhwc, checks, dedicated);
    }
}
