package nnwb.model.ui.internal.summary;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.compute.ComputeService;

/**
 * The compute service, if one is registered: tracked from the model editor's bundle and optional, so the editor
 * works without the DL4J bundles installed. Opened lazily at the first look-up; {@link #close()} on dispose.
 */
final class ComputeServices implements AutoCloseable {

    private ServiceTracker<ComputeService, ComputeService> tracker;

    /** The service now, or null when none is registered (or this runs outside OSGi). */
    synchronized ComputeService current() {
        if (tracker == null) {
            Bundle b = FrameworkUtil.getBundle(ComputeServices.class);
            if (b == null || b.getBundleContext() == null) {
                return null;
            }
            tracker = new ServiceTracker<>(b.getBundleContext(), ComputeService.class, null);
            tracker.open();
        }
        return tracker.getService();
    }

    @Override
    public synchronized void close() {
        if (tracker != null) {
            tracker.close();
            tracker = null;
        }
    }
}
