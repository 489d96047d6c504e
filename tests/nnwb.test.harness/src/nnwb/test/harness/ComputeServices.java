package nnwb.test.harness;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;

/**
 * The compute service as Declarative Services registers it in a test runtime, found once for all tests of the run.
 * OpenMP waits passively (as the product's start script sets it) before ND4J loads.
 */
public final class ComputeServices {

    private static final String IMPLEMENTATION = "nnwb.compute.dl4j";
    private static ComputeService compute;

    private ComputeServices() {
    }

    /** The service from the OSGi registry, its backend not necessarily started. */
    public static synchronized ComputeService registered() throws Exception {
        if (compute == null) {
            OpenMp.passive();
            startBundle(IMPLEMENTATION);
            ServiceTracker<ComputeService, ComputeService> t = new ServiceTracker<>(context(), ComputeService.class, null);
            t.open();
            compute = t.waitForService(TimeUnit.SECONDS.toMillis(30));
            if (compute == null) {
                throw new IllegalStateException("no ComputeService registered within 30 s");
            }
        }
        return compute;
    }

    /** The registered service with its backend started; fails the test when it is not READY. */
    public static ComputeService started() throws Exception {
        ComputeService s = registered();
        ComputeStatus st = s.start().toCompletableFuture().get(180, TimeUnit.SECONDS);
        if (!st.isReady()) {
            throw new AssertionError("backend did not start: " + st.reason());
        }
        return s;
    }

    /** This harness's bundle context (the bundle is started first when it is only resolved). */
    public static BundleContext context() {
        Bundle self = FrameworkUtil.getBundle(ComputeServices.class);
        if (self.getState() != Bundle.ACTIVE) {
            try {
                self.start();
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }
        return self.getBundleContext();
    }

    /** Starts the bundle {@code name} (the components of a lazy bundle appear once it is started). */
    public static void startBundle(String name) throws BundleException {
        for (Bundle b : context().getBundles()) {
            if (name.equals(b.getSymbolicName()) && b.getState() != Bundle.ACTIVE && b.getState() != Bundle.STARTING) {
                b.start();
            }
        }
    }
}
