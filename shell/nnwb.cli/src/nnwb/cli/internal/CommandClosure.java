package nnwb.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.dto.ServiceReferenceDTO;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.SatisfiedReferenceDTO;

import nnwb.cli.Command;

/**
 * The bundles one command needs, read from the running framework after the command ran: the bundle
 * that provides it, the command line's own bundle and the bundles the configuration starts itself
 * (the platform a command starts on, named by the start script), then everything those wire to (packages, required bundles, fragments) and every
 * bundle whose services they use (of a bundle's Declarative Services components, those of commands that
 * do not run are left out), until nothing new comes. The start script keeps a configuration of
 * just these bundles per command (issue 24 item 7).
 */
public final class CommandClosure {

    /** Framework property: where to write the closure of the command that runs (one symbolic name a line). */
    public static final String OUTPUT = "nnwb.cli.closure";
    /** Framework property: the command this configuration was cut for; any other name exits {@link #NOT_HERE}. */
    public static final String CUT_FOR = "nnwb.cli.closure.of";
    /** Framework property: the bundles the configuration starts itself, comma-separated symbolic names. */
    public static final String ROOTS = "nnwb.cli.closure.roots";
    /** Exit code when the command is not in a per-command configuration: the script reruns it on the lean one. */
    public static final int NOT_HERE = 75;

    private CommandClosure() {
    }

    /**
     * Symbolic names of the bundles that {@code command} needs, sorted; {@code roots} names the bundles
     * the configuration starts itself (the platform a command starts on).
     */
    public static Set<String> of(BundleContext bc, Command command, Collection<String> roots) {
        ServiceReference<ServiceComponentRuntime> scrRef = bc.getServiceReference(ServiceComponentRuntime.class);
        ServiceComponentRuntime scr = scrRef == null ? null : bc.getService(scrRef);
        try {
            return of(bc, command, roots, scr);
        } finally {
            if (scr != null) {
                bc.ungetService(scrRef);
            }
        }
    }

    private static Set<String> of(BundleContext bc, Command command, Collection<String> roots,
            ServiceComponentRuntime scr) {
        Bundle self = bc.getBundle();
        Deque<Bundle> todo = new ArrayDeque<>();
        todo.add(bc.getBundle(Constants.SYSTEM_BUNDLE_LOCATION));
        todo.add(self);
        Bundle provider = org.osgi.framework.FrameworkUtil.getBundle(command.getClass());
        if (provider != null) {
            todo.add(provider);
        }
        for (Bundle b : bc.getBundles()) {
            if (roots.contains(b.getSymbolicName())) {
                todo.add(b);
            }
        }
        Set<Long> seen = new java.util.HashSet<>();
        Set<String> names = new TreeSet<>();
        while (!todo.isEmpty()) {
            Bundle b = todo.poll();
            if (b == null || !seen.add(b.getBundleId())) {
                continue;
            }
            if (b.getSymbolicName() != null) {
                names.add(b.getSymbolicName());
            }
            BundleWiring wiring = b.adapt(BundleWiring.class);
            if (wiring != null) {
                for (BundleWire w : wiring.getRequiredWires(null)) {
                    todo.add(w.getProvider().getBundle());
                }
                for (BundleWire w : wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE)) {
                    todo.add(w.getRequirer().getBundle());
                }
            }
            ServiceReference<?>[] used = b.getServicesInUse();
            if (used != null) {
                Bound bound = Bound.of(scr, b, command);
                for (ServiceReference<?> ref : used) {
                    // the whiteboard holds every command, and every command its services: only the one that runs counts
                    Long id = (Long) ref.getProperty(Constants.SERVICE_ID);
                    if (!(b == self && isCommand(ref)) && !(bound.ignored.contains(id) && !bound.kept.contains(id))) {
                        todo.add(ref.getBundle());
                    }
                }
            }
        }
        return names;
    }

    /** Writes {@link #of} to {@code file}, one name a line, through a temporary file. */
    public static void write(BundleContext bc, Command command, Collection<String> roots, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, of(bc, command, roots), StandardCharsets.UTF_8);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Services a bundle's components hold: those only other commands' components hold are ignored. */
    private record Bound(Set<Long> kept, Set<Long> ignored) {
        static Bound of(ServiceComponentRuntime scr, Bundle b, Command running) {
            Bound r = new Bound(new java.util.HashSet<>(), new java.util.HashSet<>());
            if (scr == null) {
                return r;
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                boolean other = java.util.Arrays.asList(d.serviceInterfaces).contains(Command.class.getName())
                        && !d.implementationClass.equals(running.getClass().getName());
                for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                    for (SatisfiedReferenceDTO ref : c.satisfiedReferences) {
                        for (ServiceReferenceDTO s : ref.boundServices) {
                            (other ? r.ignored : r.kept).add(s.id);
                        }
                    }
                }
            }
            return r;
        }
    }

    private static boolean isCommand(ServiceReference<?> ref) {
        Object classes = ref.getProperty(Constants.OBJECTCLASS);
        return classes instanceof String[] names && java.util.Arrays.asList(names).contains(Command.class.getName());
    }
}
