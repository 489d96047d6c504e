package nnwb.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import nnwb.assignment.AssignmentPlugin;
import nnwb.core.assignment.Assignment;

/** Assignments of plugin jars, built once per JVM (an assignment computes its keys with the engine when built). */
final class PluginAssignments {

    private static final Map<Path, Assignment> BUILT = new ConcurrentHashMap<>();

    private PluginAssignments() {
    }

    static Assignment of(Path plugin) {
        return BUILT.computeIfAbsent(plugin.toAbsolutePath().normalize(), p -> AssignmentPlugin.load(p).assignment());
    }
}
