package nnwb.compute.onednn3;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Finds libdnnl.so.3: the system property {@value #PROPERTY} (a path), else the entry of the bundle
 * {@value #BUNDLE} (org.bytedeco:dnnl:3.8.1-1.5.12's linux-x86_64 jar from Maven Central, wrapped by the target
 * platform) or the same resource on a plain class path, extracted once into the cache folder: JavaCPP's
 * {@code org.bytedeco.javacpp.cachedir} when set (the start script sets it), else the given fallback (the
 * bundle's data area), under {@code nnwb-onednn3/3.8.1/}.
 */
final class NativeLibrary {

    static final String PROPERTY = "nnwb.dnnl.lib";
    static final String BUNDLE = "org.bytedeco.dnnl.linux-x86_64";
    static final String ENTRY = "org/bytedeco/dnnl/linux-x86_64/libdnnl.so.3";
    static final String VERSION = "3.8.1";

    private NativeLibrary() {
    }

    /** Why this machine cannot run the library at all, or null. */
    static String unsupportedPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            return "oneDNN 3 is shipped for linux-x86_64 only, not " + os + " " + arch;
        }
        return null;
    }

    /** The library's path, extracted if needed; throws with a one-line reason when there is none. */
    static Path locate(BundleContext context, Path fallbackCache) throws IOException {
        String given = System.getProperty(PROPERTY);
        if (given != null && !given.isBlank()) {
            Path p = Path.of(given.trim());
            if (!Files.isRegularFile(p)) {
                throw new IOException(PROPERTY + "=" + given + " is not a file");
            }
            return p;
        }
        URL url = null;
        if (context != null) {
            for (Bundle b : context.getBundles()) {
                if (BUNDLE.equals(b.getSymbolicName())) {
                    url = b.getEntry(ENTRY);
                }
            }
        } else {
            url = NativeLibrary.class.getClassLoader().getResource(ENTRY);
        }
        if (url == null) {
            throw new IOException("no " + ENTRY + " (the bundle " + BUNDLE + " is not installed)");
        }
        String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
        Path dir = (cache != null && !cache.isBlank() ? Path.of(cache) : fallbackCache).resolve("nnwb-onednn3")
                .resolve(VERSION);
        Path target = dir.resolve("libdnnl.so.3");
        long size = url.openConnection().getContentLengthLong();
        if (Files.isRegularFile(target) && (size < 0 || Files.size(target) == size)) {
            return target;
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "libdnnl", ".part");
        try (InputStream in = url.openStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
