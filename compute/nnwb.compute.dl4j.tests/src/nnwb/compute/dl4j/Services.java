package nnwb.compute.dl4j;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;

/** The compute service as Declarative Services registers it, started once for all tests. */
final class Services {

    private static ComputeService compute;

    private Services() {
    }

    /** The service from the OSGi registry (not started). */
    static synchronized ComputeService registered() throws Exception {
        if (compute == null) {
            Bundle self = FrameworkUtil.getBundle(Services.class);
            if (self.getState() != Bundle.ACTIVE) {
                try {
                    self.start();
                } catch (BundleException e) {
                    throw new IllegalStateException(e);
                }
            }
            BundleContext ctx = self.getBundleContext();
            ServiceTracker<ComputeService, ComputeService> t = new ServiceTracker<>(ctx, ComputeService.class, null);
            t.open();
            compute = t.waitForService(TimeUnit.SECONDS.toMillis(30));
            if (compute == null) {
                throw new IllegalStateException("no ComputeService registered within 30 s");
            }
        }
        return compute;
    }

    /** The registered service with its backend started; fails the test when it is not READY. */
    static ComputeService started() throws Exception {
        ComputeService s = registered();
        ComputeStatus st = s.start().toCompletableFuture().get(120, TimeUnit.SECONDS);
        if (!st.isReady()) {
            throw new AssertionError("backend did not start: " + st.reason());
        }
        return s;
    }
}
