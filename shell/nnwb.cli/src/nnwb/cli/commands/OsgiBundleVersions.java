package nnwb.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Looks up the highest installed version of a bundle by symbolic name. */
final class OsgiBundleVersions implements Function<String, String> {

    /** Framework property: the bundles.info of the product's full configuration (set by the lean one). */
    static final String BUNDLES_INFO = "nnwb.bundles.info";

    private final BundleContext context;

    OsgiBundleVersions(BundleContext context) {
        this.context = context;
    }

    @Override
    public String apply(String symbolicName) {
        String best = null;
        org.osgi.framework.Version bestVersion = null;
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())
                    && (bestVersion == null || b.getVersion().compareTo(bestVersion) > 0)) {
                bestVersion = b.getVersion();
                best = bestVersion.toString();
            }
        }
        return best != null ? best : listedVersion(context.getProperty(BUNDLES_INFO), symbolicName);
    }

    /**
     * The highest version of a bundle in a simpleconfigurator bundles.info ({@code name,version,location,...}
     * lines): the start script's lean command configuration leaves the workbench's bundles out and names the
     * product's full list here, so {@code nnwb version} reports the same versions with either configuration.
     * Null when the file is not given, unreadable or does not list the bundle.
     */
    static String listedVersion(String bundlesInfo, String symbolicName) {
        if (bundlesInfo == null || bundlesInfo.isBlank()) {
            return null;
        }
        try {
            org.osgi.framework.Version bestVersion = null;
            for (String line : Files.readAllLines(Path.of(bundlesInfo))) {
                String[] f = line.split(",");
                if (f.length >= 2 && !line.startsWith("#") && f[0].equals(symbolicName)) {
                    org.osgi.framework.Version v = org.osgi.framework.Version.parseVersion(f[1].strip());
                    if (bestVersion == null || v.compareTo(bestVersion) > 0) {
                        bestVersion = v;
                    }
                }
            }
            return bestVersion == null ? null : bestVersion.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
