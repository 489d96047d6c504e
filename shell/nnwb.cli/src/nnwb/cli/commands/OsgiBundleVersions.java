package nnwb.cli.commands;

import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** Looks up the highest installed version of a bundle by symbolic name. */
final class OsgiBundleVersions implements Function<String, String> {

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
        return best;
    }
}
