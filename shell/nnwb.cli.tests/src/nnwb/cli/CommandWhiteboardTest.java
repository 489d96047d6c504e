package nnwb.cli;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import nnwb.cli.internal.CommandWhiteboard;

/** In OSGi: the commands arrive as Declarative Services components, nobody lists them. */
class CommandWhiteboardTest {

    @Test
    void theWhiteboardCollectsEveryShippedCommand() throws Exception {
        BundleContext bc = FrameworkUtil.getBundle(CommandWhiteboard.class).getBundleContext();
        ServiceTracker<CommandWhiteboard, CommandWhiteboard> t = new ServiceTracker<>(bc, CommandWhiteboard.class, null);
        t.open();
        try {
            CommandWhiteboard board = t.waitForService(20_000);
            assertNotNull(board, "the command whiteboard component is registered");
            Set<String> want = Set.of("analyze", "bench", "conv", "rf", "version");
            long until = System.currentTimeMillis() + 20_000;
            Set<String> names = Set.of();
            while (System.currentTimeMillis() < until) {
                names = board.commands().stream().map(Command::name).collect(Collectors.toSet());
                if (names.containsAll(want)) {
                    break;
                }
                Thread.sleep(50);
            }
            assertTrue(names.containsAll(want), "registered: " + names);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = new Cli(board.commands()).run(List.of("--help"), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertTrue(code == 0 && out.toString(StandardCharsets.UTF_8).contains("conv"), out.toString(StandardCharsets.UTF_8));
        } finally {
            t.close();
        }
    }
}
