package nnwb.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lean command configuration leaves the workbench's bundles out; {@code nnwb version} then reads their
 * versions from the product's full bundles.info. The file here is written in that format by hand.
 */
class OsgiBundleVersionsTest {

    @TempDir
    Path dir;

    private Path bundlesInfo(String... lines) throws IOException {
        Path f = dir.resolve("bundles.info");
        Files.write(f, java.util.List.of(lines));
        return f;
    }

    @Test
    void theHighestListedVersionOfTheBundle() throws IOException {
        Path f = bundlesInfo("#encoding=UTF-8", "#version=1",
                "org.eclipse.swt,3.135.0.v20260819-1952,plugins/org.eclipse.swt_3.135.0.v20260819-1952.jar,4,false",
                "org.eclipse.swt.gtk.linux.x86_64,3.200.0,plugins/x.jar,4,false",
                "org.eclipse.swt,3.99.1,plugins/org.eclipse.swt_3.99.1.jar,4,false",
                "org.eclipse.ui.workbench,3.139.0.v20260601-0955,plugins/w.jar,4,false");
        assertEquals("3.135.0.v20260819-1952", OsgiBundleVersions.listedVersion(f.toString(), "org.eclipse.swt"));
        assertEquals("3.139.0.v20260601-0955", OsgiBundleVersions.listedVersion(f.toString(), "org.eclipse.ui.workbench"));
    }

    @Test
    void nullWhenNotListedNotGivenOrUnreadable() throws IOException {
        Path f = bundlesInfo("#version=1", "picocli,4.7.7,plugins/picocli_4.7.7.jar,4,false");
        assertNull(OsgiBundleVersions.listedVersion(f.toString(), "org.eclipse.swt"));
        assertNull(OsgiBundleVersions.listedVersion(f.toString(), "picocl"));
        assertNull(OsgiBundleVersions.listedVersion(null, "picocli"));
        assertNull(OsgiBundleVersions.listedVersion(dir.resolve("missing").toString(), "picocli"));
        assertNull(OsgiBundleVersions.listedVersion(bundlesInfo("picocli,not-a-version,x.jar,4,false").toString(), "picocli"));
    }
}
