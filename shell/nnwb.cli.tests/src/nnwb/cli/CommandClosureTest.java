package nnwb.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.cli.internal.CommandClosure;
import nnwb.cli.internal.CommandWhiteboard;

/**
 * In OSGi: the bundles that `nnwb conv` needs, read from the live wiring, hold what nnwb.cli's own manifest
 * requires and the bundle that exports picocli, and leave out the bundles of commands that do not run.
 */
class CommandClosureTest {

    @Test
    void convNeedsItsManifestsBundlesAndNotTheOtherCommandsBundles(@TempDir Path dir) throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(CommandWhiteboard.class).getBundleContext();
        ServiceTracker<CommandWhiteboard, CommandWhiteboard> t = new ServiceTracker<>(bc, CommandWhiteboard.class, null);
        t.open();
        try {
            CommandWhiteboard board = t.waitForService(20_000);
            assertNotNull(board, "the command whiteboard component is registered");
            Command conv = board.commands().stream().filter(c -> c.name().equals("conv")).findFirst().orElseThrow();
            Path file = dir.resolve("closure");
            CommandClosure.write(bc, conv, List.of("org.apache.felix.scr"), file);
            Set<String> names = Set.copyOf(Files.readAllLines(file));
            // expected from the manifest, not from the code under test
            String required = bc.getBundle().getHeaders("").get("Require-Bundle");
            List<String> want = Arrays.stream(required.split(",")).map(s -> s.split(";")[0].trim()).toList();
            assertTrue(names.containsAll(want), "closure " + names + " lacks some of " + want);
            assertTrue(names.contains("nnwb.cli") && names.contains("picocli"), "closure " + names);
            // a root, and what it requires by its manifest
            Bundle scr = Arrays.stream(bc.getBundles()).filter(b -> b.getSymbolicName().equals("org.apache.felix.scr"))
                    .findFirst().orElseThrow();
            String promises = FrameworkUtil.getBundle(scr.loadClass("org.osgi.util.promise.Promise")).getSymbolicName();
            assertTrue(names.contains("org.apache.felix.scr") && names.contains(promises), promises + " not in " + names);
            // every other bundle that registers a command (other than nnwb.cli) stays out
            for (Command c : board.commands()) {
                Bundle b = FrameworkUtil.getBundle(c.getClass());
                if (b != null && !b.getSymbolicName().equals("nnwb.cli")) {
                    assertFalse(names.contains(b.getSymbolicName()), c.name() + "'s bundle in conv's closure " + names);
                }
            }
            assertTrue(names.size() < bc.getBundles().length, names.size() + " of " + bc.getBundles().length + " bundles");
        } finally {
            t.close();
        }
    }
}
