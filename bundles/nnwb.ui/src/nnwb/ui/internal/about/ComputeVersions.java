package nnwb.ui.internal.about;

import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import nnwb.compute.ComputeService;

/** DL4J/ND4J and backend versions from the compute service, read without starting the backend. */
final class ComputeVersions {

    private ComputeVersions() {
    }

    /** The service's versions, or none when the compute feature is not installed. */
    static Map<String, String> read() {
        try {
            return fromService();
        } catch (NoClassDefFoundError e) {
            return Map.of(); // the optional compute API is not installed
        }
    }

    private static Map<String, String> fromService() {
        BundleContext context = FrameworkUtil.getBundle(ComputeVersions.class).getBundleContext();
        ServiceReference<ComputeService> ref = context == null ? null : context.getServiceReference(ComputeService.class);
        if (ref == null) {
            return Map.of();
        }
        ComputeService service = context.getService(ref);
        try {
            return service == null ? Map.of() : service.versions();
        } finally {
            context.ungetService(ref);
        }
    }
}
