package nnwb.assignment.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import nnwb.contracts.PresetTarget;

/**
 * The whiteboard of {@link PresetTarget}s: every tool that opens presets registers one; the Assignments view asks
 * here which tool a preset names and never names a tool itself. Targets come and go with their bundles.
 */
@Component(immediate = true, service = PresetTargets.class)
public final class PresetTargets {

    private static final Map<String, PresetTarget> TARGETS = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(PresetTarget target) {
        TARGETS.put(target.tool(), target);
    }

    void remove(PresetTarget target) {
        TARGETS.remove(target.tool(), target);
    }

    /** The target registered for a tool id, if its tool is installed. */
    public static Optional<PresetTarget> find(String tool) {
        return Optional.ofNullable(TARGETS.get(tool));
    }

    /** Every registered target. */
    public static Collection<PresetTarget> all() {
        return List.copyOf(new ArrayList<>(TARGETS.values()));
    }
}
