package nnwb.core.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aNewFileIsWrittenAndARegularFileReplacedLeavingNoTemporaryFile() throws IOException {
        Path f = dir.resolve("grades.csv");
        OutputFiles.write(f, bytes("one"));
        OutputFiles.write(f, bytes("two"));
        assertEquals("two", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void aPlantedLinkIsNeitherFollowedNorReplaced() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path link = Files.createSymbolicLink(dir.resolve("ada.feedback.json"), victim);
        IOException e = assertThrows(IOException.class, () -> OutputFiles.write(link, bytes("pwned")));
        assertTrue(e.getMessage().contains("is a link"), e.getMessage());
        assertEquals("precious", Files.readString(victim));
        assertTrue(Files.isSymbolicLink(link));
        Path dangling = Files.createSymbolicLink(dir.resolve("b.json"), dir.resolve("created-through-link"));
        assertThrows(IOException.class, () -> OutputFiles.write(dangling, bytes("x")));
        assertTrue(Files.notExists(dir.resolve("created-through-link")));
    }

    @Test
    void aFolderOrADeviceAtTheTargetIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("grades.csv"));
        assertEquals("is a folder, not a file", OutputFiles.whyNotWritable(folder));
        assertThrows(IOException.class, () -> OutputFiles.write(folder, bytes("x")));
        Path device = Path.of("/dev/null");
        assertEquals("is not a regular file (a device or a pipe); it is never replaced", OutputFiles.whyNotWritable(device));
        assertThrows(IOException.class, () -> OutputFiles.write(device, bytes("x")));
        assertTrue(Files.exists(device) && !Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void anOutputFolderThatIsALinkOrAFileIsRefused() throws IOException {
        Path real = Files.createDirectory(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("feedback"), real);
        assertEquals("is a link; outputs are never written through links", OutputFiles.whyNotFolder(link, true));
        assertThrows(IOException.class, () -> OutputFiles.folder(link));
        assertEquals("is a link; outputs are never written through links",
                OutputFiles.whyNotWritable(link.resolve("grades.csv")));
        Path file = Files.writeString(dir.resolve("plain"), "a student's file");
        assertEquals("is not a folder", OutputFiles.whyNotFolder(file, true));
        assertEquals("is not a folder", OutputFiles.whyNotWritable(file.resolve("grades.csv")));
        assertNull(OutputFiles.whyNotFolder(dir.resolve("new/deeper"), true));
        assertEquals(dir.resolve("new/deeper"), OutputFiles.folder(dir.resolve("new/deeper")));
    }
}
