package nnwb.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nnwb.assignment.AssignmentPlugin;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AssignmentProvider;

/** Assignments of plugin jars, built once per JVM (an assignment computes its keys with the engine when built). */
final class PluginAssignments {

    private static final Map<Path, AssignmentProvider> LOADED = new ConcurrentHashMap<>();

    private PluginAssignments() {
    }

    /** The sheet's assignment of {@code plugin}. */
    static Assignment of(Path plugin) {
        return provider(plugin).assignment();
    }

    /** The provider of {@code plugin}, whose {@code assignment(studentId)} gives each student's variant. */
    static AssignmentProvider provider(Path plugin) {
        return LOADED.computeIfAbsent(plugin.toAbsolutePath().normalize(), p -> {
            AssignmentProvider provider = AssignmentPlugin.load(p);
            provider.assignment();
            return provider;
        });
    }
}
