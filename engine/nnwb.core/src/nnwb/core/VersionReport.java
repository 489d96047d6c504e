package nnwb.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The versions the About dialog and {@code nnwb version} name: Java, the Eclipse
 * platform, the workbench itself and the compute backend. Bundle versions come
 * from a lookup the caller provides (OSGi lives outside the engine).
 */
public final class VersionReport {

    /** Bundle whose version stands for the Eclipse platform release. */
    public static final String PLATFORM_BUNDLE = "org.eclipse.ui.workbench";
    /** Bundle whose version is the workbench's own. */
    public static final String PRODUCT_BUNDLE = "nnwb.core";

    private final Map<String, String> entries = new LinkedHashMap<>();

    private VersionReport() {
    }

    /**
     * Collects the versions.
     *
     * @param bundleVersion maps a bundle symbolic name to its version, or null when absent
     * @param compute extra entries from the compute service (DL4J, ND4J, backend); may be empty
     */
    public static VersionReport collect(Function<String, String> bundleVersion, Map<String, String> compute) {
        VersionReport r = new VersionReport();
        r.entries.put("nnwb", orNone(bundleVersion.apply(PRODUCT_BUNDLE)));
        r.entries.put("java", System.getProperty("java.version"));
        r.entries.put("javaVendor", System.getProperty("java.vendor"));
        r.entries.put("javaHome", System.getProperty("java.home"));
        r.entries.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        r.entries.put("eclipsePlatform", eclipseRelease(bundleVersion.apply(PLATFORM_BUNDLE)));
        r.entries.put("eclipseWorkbench", orNone(bundleVersion.apply(PLATFORM_BUNDLE)));
        r.entries.put("swt", orNone(bundleVersion.apply("org.eclipse.swt")));
        r.entries.put("equinox", orNone(bundleVersion.apply("org.eclipse.osgi")));
        r.entries.put("swtchart", orNone(bundleVersion.apply("org.eclipse.swtchart")));
        r.entries.putAll(compute);
        return r;
    }

    /** Maps the workbench bundle version to the Eclipse release it ships in (3.139 is 4.39). */
    static String eclipseRelease(String workbenchVersion) {
        if (workbenchVersion == null) {
            return "not installed";
        }
        String[] p = workbenchVersion.split("\\.");
        try {
            int minor = Integer.parseInt(p[1]);
            return minor >= 100 ? "4." + (minor - 100) : workbenchVersion;
        } catch (RuntimeException e) {
            return workbenchVersion;
        }
    }

    private static String orNone(String v) {
        return v == null ? "not installed" : v;
    }

    /** The entries in display order; keys are the JSON keys of {@code nnwb version --json}. */
    public Map<String, String> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }
}
