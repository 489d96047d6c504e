package nnwb.train.tests;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;

/** The compute service as Declarative Services registers it, started once. */
final class Services {

    private static ComputeService compute;

    private Services() {
    }

    static synchronized ComputeService started() throws Exception {
        if (compute == null) {
            OpenMp.passive();
            BundleContext ctx = FrameworkUtil.getBundle(Services.class).getBundleContext();
            if (ctx == null) {
                FrameworkUtil.getBundle(Services.class).start();
                ctx = FrameworkUtil.getBundle(Services.class).getBundleContext();
            }
            ServiceTracker<ComputeService, ComputeService> t = new ServiceTracker<>(ctx, ComputeService.class, null);
            t.open();
            compute = t.waitForService(TimeUnit.SECONDS.toMillis(30));
            if (compute == null) {
                throw new IllegalStateException("no ComputeService registered within 30 s");
            }
        }
        ComputeStatus st = compute.start().toCompletableFuture().get(120, TimeUnit.SECONDS);
        if (!st.isReady()) {
            throw new AssertionError("backend did not start: " + st.reason());
        }
        return compute;
    }
}
