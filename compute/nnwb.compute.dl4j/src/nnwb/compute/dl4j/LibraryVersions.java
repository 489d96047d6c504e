package nnwb.compute.dl4j;

import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Versions of the compute libraries from the headers of the {@code nnwb.dl4j} bundle's manifest
 * (written by its make-manifest.sh from the pom), so they are known without loading ND4J.
 */
public final class LibraryVersions {

    /** The bundle that holds DL4J and ND4J. */
    public static final String DL4J_BUNDLE = "nnwb.dl4j";
    /** Manifest header with the DL4J/ND4J release. */
    public static final String VERSION_HEADER = "NNWB-DL4J-Version";
    /** Manifest header naming the ND4J backend build. */
    public static final String BACKEND_HEADER = "NNWB-ND4J-Backend";

    private LibraryVersions() {
    }

    /** Keys dl4j, nd4j, nd4jBackend; empty when the bundle is absent. */
    public static Map<String, String> read(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            if (DL4J_BUNDLE.equals(b.getSymbolicName())) {
                return fromHeaders(b.getHeaders(""));
            }
        }
        return Map.of();
    }

    /**
     * The same keys outside OSGi, from the first {@code META-INF/MANIFEST.MF} on {@code loader}'s class path that
     * carries the headers (the Spark job jar copies them from {@code nnwb.dl4j}); empty when none does.
     */
    public static Map<String, String> fromClassPath(ClassLoader loader) {
        try {
            var urls = loader.getResources(java.util.jar.JarFile.MANIFEST_NAME);
            while (urls.hasMoreElements()) {
                try (java.io.InputStream in = urls.nextElement().openStream()) {
                    var main = new java.util.jar.Manifest(in).getMainAttributes();
                    if (main.getValue(VERSION_HEADER) != null) {
                        java.util.Hashtable<String, String> h = new java.util.Hashtable<>();
                        main.forEach((k, v) -> h.put(k.toString(), v.toString()));
                        return fromHeaders(h);
                    }
                }
            }
        } catch (java.io.IOException e) {
            // no versions: the service starts all the same
        }
        return Map.of();
    }

    static Map<String, String> fromHeaders(Dictionary<String, String> headers) {
        Map<String, String> m = new LinkedHashMap<>();
        String v = headers.get(VERSION_HEADER);
        if (v != null) {
            m.put("dl4j", v);
            m.put("nd4j", v);
        }
        String b = headers.get(BACKEND_HEADER);
        if (b != null) {
            m.put("nd4jBackend", b);
        }
        return m;
    }
}
