package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.assignment.Assignments;
import nnwb.cli.Command;
import nnwb.core.assignment.Assignment;

/** In OSGi: the plugins' providers arrive through Declarative Services; the commands are on the CLI whiteboard. */
class WhiteboardTest {

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext bc = FrameworkUtil.getBundle(WhiteboardTest.class).getBundleContext();
        ServiceTracker<T, T> t = new ServiceTracker<>(bc, type, null);
        t.open();
        return t.waitForService(20_000);
    }

    @Test
    void everyInstalledPluginArrivesWithItsBundle() throws InterruptedException {
        Assignments assignments = service(Assignments.class);
        assertNotNull(assignments, "the assignment whiteboard is registered");
        long until = System.currentTimeMillis() + 20_000;
        List<String> ids = List.of();
        while (System.currentTimeMillis() < until && ids.size() < 4) {
            ids = assignments.installed().stream().map(Assignment::id).toList();
            Thread.sleep(50);
        }
        assertEquals(List.of("berkeley-dl-hw4", "berkeley-dl-hw4-earlier", "epfl-ml-ps08", "toronto-dl-a2"), ids);
        assertEquals(Optional.of("nnwb.assignment.berkeley.hw3"), assignments.origin("berkeley-dl-hw3"), "the former id finds it");
        assertEquals(Optional.of("nnwb.assignment.epfl.ps08"), assignments.origin("epfl-ml-ps08"));
        assertEquals(List.of(), assignments.problems());
    }

    @Test
    void theCommandsAreOnTheCliWhiteboard() throws InterruptedException {
        BundleContext bc = FrameworkUtil.getBundle(WhiteboardTest.class).getBundleContext();
        ServiceTracker<Command, Command> t = new ServiceTracker<>(bc, Command.class, null);
        t.open();
        t.waitForService(20_000);
        Set<String> names = Set.of();
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until && !names.containsAll(Set.of("assignments", "check", "grade", "install", "uninstall"))) {
            names = t.getTracked().values().stream().map(Command::name).collect(Collectors.toSet());
            Thread.sleep(50);
        }
        assertTrue(names.containsAll(Set.of("assignments", "check", "grade", "install", "uninstall")), names.toString());
        t.close();
    }
}
