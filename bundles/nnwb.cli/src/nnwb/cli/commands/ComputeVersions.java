package nnwb.cli.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The compute entries of {@code nnwb version}: DL4J/ND4J and the backend build, read from the
 * headers of the {@code nnwb.dl4j} bundle (no ND4J start, no compute types), and the backend
 * chosen by {@code nnwb.compute.backend}. Empty without the compute feature.
 */
final class ComputeVersions implements Supplier<Map<String, String>> {

    @Override
    public Map<String, String> get() {
        Map<String, String> m = new LinkedHashMap<>();
        Bundle self = FrameworkUtil.getBundle(ComputeVersions.class);
        if (self == null || self.getBundleContext() == null) {
            return m;
        }
        for (Bundle b : self.getBundleContext().getBundles()) {
            if ("nnwb.dl4j".equals(b.getSymbolicName())) {
                String v = b.getHeaders("").get("NNWB-DL4J-Version");
                m.put("dl4j", v);
                m.put("nd4j", v);
                m.put("nd4jBackend", b.getHeaders("").get("NNWB-ND4J-Backend"));
                m.put("computeBackend", System.getProperty("nnwb.compute.backend", "cpu"));
            }
        }
        return m;
    }
}
