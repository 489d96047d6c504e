package nnwb.assignment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import nnwb.assignment.Assignments;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AssignmentCatalog;
import nnwb.core.assignment.AssignmentProvider;
import nnwb.core.check.Echo;

/**
 * The assignment whiteboard: every {@link AssignmentProvider} service arrives here (a plugin
 * installed from an update site, at start-up or later) and leaves with its bundle. Nobody lists
 * the assignments; installing a plugin adds one.
 */
@Component(service = Assignments.class)
public final class AssignmentWhiteboard implements Assignments {

    private final AssignmentCatalog catalog = new AssignmentCatalog();
    private final Map<AssignmentProvider, String> origins = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<AssignmentProvider> pending = new ArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(AssignmentProvider provider, ServiceReference<AssignmentProvider> ref) {
        Bundle b = ref == null ? null : ref.getBundle();
        add(provider, b == null ? "" : b.getSymbolicName());
    }

    void removeProvider(AssignmentProvider provider) {
        remove(provider);
    }

    /**
     * Adds a provider contributed by bundle {@code origin}. Its assignment is built (keys computed)
     * only when someone first asks for the installed assignments, so that commands which never
     * look at assignments do not pay for it.
     */
    public void add(AssignmentProvider provider, String origin) {
        origins.put(provider, origin);
        synchronized (pending) {
            pending.add(provider);
        }
        fire();
    }

    /** Removes a provider. */
    public void remove(AssignmentProvider provider) {
        synchronized (pending) {
            pending.remove(provider);
        }
        if (origins.remove(provider) != null) {
            catalog.remove(provider);
            fire();
        }
    }

    /** Builds the assignments that arrived since the last question; a provider that fails is recorded, not thrown. */
    private AssignmentCatalog catalog() {
        synchronized (pending) {
            for (AssignmentProvider provider : pending) {
                String origin = origins.getOrDefault(provider, "");
                try {
                    catalog.add(provider);
                } catch (RuntimeException | StackOverflowError | ExceptionInInitializerError e) {
                    origins.remove(provider);
                    problems.add((origin.isEmpty() ? provider.getClass().getName() : origin) + ": "
                            + Echo.oneLine(e.getClass().getSimpleName() + ": " + e.getMessage()));
                }
            }
            pending.clear();
        }
        return catalog;
    }

    private void fire() {
        for (Runnable r : listeners) {
            r.run();
        }
    }

    @Override
    public List<Assignment> installed() {
        return catalog().assignments();
    }

    @Override
    public Optional<AssignmentProvider> provider(String id) {
        return catalog().provider(id);
    }

    @Override
    public Assignment require(String id) {
        return catalog().require(id);
    }

    @Override
    public Optional<String> origin(String id) {
        return catalog().provider(id).map(origins::get).filter(s -> !s.isEmpty());
    }

    @Override
    public List<String> problems() {
        catalog();
        return new ArrayList<>(problems);
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
