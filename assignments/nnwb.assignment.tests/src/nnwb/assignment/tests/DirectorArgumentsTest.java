package nnwb.assignment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.assignment.internal.InstallCommand;
import nnwb.assignment.internal.UninstallCommand;
import nnwb.cli.UsageException;

/** What nnwb install and nnwb uninstall hand to the p2 director (the director itself runs in the product smoke test). */
class DirectorArgumentsTest {

    @TempDir
    Path tmp;

    @Test
    void featureIdsBecomeFeatureGroups() throws UsageException {
        assertEquals("nnwb.assignment.epfl.ps08.feature.feature.group",
                UninstallCommand.featureGroup("nnwb.assignment.epfl.ps08.feature", null));
        assertEquals("nnwb.assignment.epfl.ps08.feature.feature.group", UninstallCommand.featureGroup("nnwb.assignment.epfl.ps08", null));
        assertEquals("x.feature.group", UninstallCommand.featureGroup("x.feature.group", null));
        assertEquals("nnwb.assignment.toronto.a2.feature.feature.group", UninstallCommand.featureGroup("toronto-dl-a2", Catalog.ALL));
        assertThrows(UsageException.class, () -> UninstallCommand.featureGroup("../evil", null));
        assertThrows(UsageException.class, () -> UninstallCommand.featureGroup("a b", null));
    }

    @Test
    void repositoriesAreUrlsOrLocalFoldersAndZips() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        assertEquals(site.toUri(), InstallCommand.repository(site.toString()));
        Path zip = Files.writeString(tmp.resolve("site.zip"), "");
        assertTrue(InstallCommand.repository(zip.toString()).toString().startsWith("jar:file:"));
        assertEquals("https://example.org/site", InstallCommand.repository("https://example.org/site").toString());
        assertThrows(UsageException.class, () -> InstallCommand.repository(tmp.resolve("missing").toString()));
        assertThrows(UsageException.class, () -> InstallCommand.repository("file:/no/such/folder"));
    }
}
