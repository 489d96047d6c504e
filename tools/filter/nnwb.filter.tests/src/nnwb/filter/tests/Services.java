package nnwb.filter.tests;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;

/** The compute service as Declarative Services registers it, its backend started once for all tests. */
final class Services {

    private static ComputeService compute;

    private Services() {
    }

    static synchronized ComputeService compute() throws Exception {
        if (compute == null) {
            BundleContext ctx = context();
            start(ctx, "nnwb.compute.dl4j");
            ServiceTracker<ComputeService, ComputeService> t = new ServiceTracker<>(ctx, ComputeService.class, null);
            t.open();
            compute = t.waitForService(TimeUnit.SECONDS.toMillis(30));
            if (compute == null) {
                throw new IllegalStateException("no ComputeService registered within 30 s");
            }
            ComputeStatus st = compute.start().toCompletableFuture().get(180, TimeUnit.SECONDS);
            if (!st.isReady()) {
                throw new AssertionError("backend did not start: " + st.reason());
            }
        }
        return compute;
    }

    static BundleContext context() {
        Bundle self = FrameworkUtil.getBundle(Services.class);
        if (self.getState() != Bundle.ACTIVE) {
            try {
                self.start();
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return self.getBundleContext();
    }

    /** Starts the bundle {@code name} (DS components of lazy bundles appear once it is started). */
    static void start(BundleContext ctx, String name) throws BundleException {
        for (Bundle b : ctx.getBundles()) {
            if (b.getSymbolicName().equals(name) && b.getState() != Bundle.ACTIVE) {
                b.start();
            }
        }
    }
}
