package nnwb.core.data;

import java.nio.file.Path;

/**
 * The workbench's data cache, where {@code nnwb data get} puts the public datasets and where the dataset specs
 * {@code mnist} and {@code cifar10} without a folder look: the system property {@code nnwb.data.dir}, else the
 * environment variable {@code NNWB_DATA}, else {@code ~/.nnwb/data}; one folder per dataset under it.
 */
public final class DataCache {

    /** System property naming the cache folder. */
    public static final String PROPERTY = "nnwb.data.dir";
    /** Environment variable naming the cache folder. */
    public static final String ENVIRONMENT = "NNWB_DATA";

    private DataCache() {
    }

    /** The cache folder. */
    public static Path root() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) {
            p = System.getenv(ENVIRONMENT);
        }
        return p == null || p.isBlank() ? Path.of(System.getProperty("user.home"), ".nnwb", "data") : Path.of(p);
    }

    /** The folder of {@code dataset} ({@code mnist}, {@code cifar10}) in the cache. */
    public static Path folder(String dataset) {
        return root().resolve(dataset);
    }
}
