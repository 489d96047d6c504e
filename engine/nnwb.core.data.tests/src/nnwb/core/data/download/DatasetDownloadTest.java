package nnwb.core.data.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.core.data.DataCache;
import nnwb.core.data.Dataset;
import nnwb.core.data.DatasetSpec;

/** nnwb data get's engine against a real HTTP server on 127.0.0.1 serving small archives in the real formats. */
class DatasetDownloadTest {

    private static final String IMAGES = "train-images-idx3-ubyte.gz";

    @TempDir
    Path tmp;

    @Test
    void aFullMnistDownloadIsVerifiedReportedAndReadByTheSpec() throws Exception {
        Map<String, byte[]> files = Archives.mnist(1000, 200);
        try (ArchiveServer server = new ArchiveServer(files)) {
            Path dir = tmp.resolve("mnist");
            List<String> lines = new ArrayList<>();
            DatasetDownload.Result r = DatasetDownload.get("mnist", dir, new Mirror(server.base(), Archives.digests(files)),
                    new TenPercentLines(lines::add));
            assertEquals(4, r.files().size());
            assertEquals(files.values().stream().mapToLong(b -> b.length).sum(), r.downloaded());
            for (var e : files.entrySet()) {
                assertArrayEquals(e.getValue(), Files.readAllBytes(dir.resolve(e.getKey())), e.getKey());
                assertFalse(Files.exists(dir.resolve(e.getKey() + ".part")));
            }
            List<String> images = lines.stream().filter(l -> l.startsWith(IMAGES)).toList();
            assertTrue(images.size() >= 5 && images.size() <= 11, "a line per 10%: " + images);
            assertTrue(images.get(images.size() - 1).startsWith(IMAGES + ": 100% ("), images.toString());
            Dataset d = DatasetSpec.parse("mnist:" + dir).load();
            assertEquals(1000, d.train().size());
            assertEquals(200, d.validation().size());
            int before = server.requests().size();
            DatasetDownload.Result again = DatasetDownload.get("mnist", dir, new Mirror(server.base(), Archives.digests(files)),
                    Progress.NONE);
            assertEquals(0, again.downloaded());
            assertTrue(again.files().stream().allMatch(Download.Outcome::cached));
            assertEquals(before, server.requests().size(), "verified files are not fetched again");
        }
    }

    @Test
    void cifarIsUnpackedIntoTheCacheWhereTheSpecFindsItByItself() throws Exception {
        byte[] archive = Archives.cifarTarGz(Files.createDirectories(tmp.resolve("work")), 30);
        Map<String, byte[]> files = Map.of("cifar-10-binary.tar.gz", archive);
        String previous = System.getProperty(DataCache.PROPERTY);
        System.setProperty(DataCache.PROPERTY, tmp.resolve("cache").toString());
        try (ArchiveServer server = new ArchiveServer(files)) {
            String missing = assertThrows(IllegalArgumentException.class, () -> DatasetSpec.parse("cifar10").load()).getMessage();
            assertTrue(missing.contains("nnwb data get cifar10"), missing);
            DatasetDownload.Result r = DatasetDownload.get("cifar10", DataCache.folder("cifar10"),
                    new Mirror(server.base(), Archives.digests(files)), Progress.NONE);
            assertEquals(7, r.unpacked().size(), r.unpacked().toString());
            Dataset d = DatasetSpec.parse("cifar10:limit=1000").load();
            assertEquals(150, d.train().size());
            assertEquals(30, d.validation().size());
            assertEquals(tmp.resolve("cache").resolve("cifar10"), DatasetSpec.parse("cifar10").path());
        } finally {
            if (previous == null) {
                System.clearProperty(DataCache.PROPERTY);
            } else {
                System.setProperty(DataCache.PROPERTY, previous);
            }
        }
    }

    @Test
    void aDownloadCutOffHalfWayResumesWhereItStopped() throws Exception {
        Map<String, byte[]> files = Archives.mnist(1000, 10);
        try (ArchiveServer server = new ArchiveServer(files)) {
            Mirror m = new Mirror(server.base(), Archives.digests(files));
            server.cutOnce(IMAGES);
            Path dir = tmp.resolve("mnist");
            DownloadException e = assertThrows(DownloadException.class, () -> DatasetDownload.get("mnist", dir, m, Progress.NONE));
            assertEquals(DownloadException.Kind.UNREACHABLE, e.kind());
            assertTrue(e.getMessage().contains("run the command again to resume"), e.getMessage());
            long kept = Files.size(dir.resolve(IMAGES + ".part"));
            assertTrue(kept > 0 && kept < files.get(IMAGES).length, "a partial file is kept: " + kept);
            assertFalse(Files.exists(dir.resolve(IMAGES)));

            DatasetDownload.Result r = DatasetDownload.get("mnist", dir, m, Progress.NONE);
            Download.Outcome images = r.files().get(0);
            assertTrue(images.resumed());
            assertEquals(files.get(IMAGES).length - kept, images.downloaded(), "only the rest is transferred");
            assertTrue(server.requests().contains(IMAGES + " bytes=" + kept + "-"), server.requests().toString());
            assertArrayEquals(files.get(IMAGES), Files.readAllBytes(dir.resolve(IMAGES)));
            assertEquals(1000, DatasetSpec.parse("mnist:" + dir).load().train().size());
        }
    }

    @Test
    void aDigestMismatchRemovesTheCorruptFileAndSaysSo() throws Exception {
        Map<String, byte[]> files = Archives.mnist(20, 10);
        Map<String, String> digests = new HashMap<>(Archives.digests(files));
        digests.put("t10k-images-idx3-ubyte.gz", "0".repeat(64));
        try (ArchiveServer server = new ArchiveServer(files)) {
            Path dir = tmp.resolve("mnist");
            DownloadException e = assertThrows(DownloadException.class,
                    () -> DatasetDownload.get("mnist", dir, new Mirror(server.base(), digests), Progress.NONE));
            assertEquals(DownloadException.Kind.DIGEST, e.kind());
            assertEquals("t10k-images-idx3-ubyte.gz: SHA-256 " + Digests.sha256(files.get("t10k-images-idx3-ubyte.gz"))
                    + " is not the expected " + "0".repeat(64) + "; the corrupt file was removed, run the command again",
                    e.getMessage());
            assertFalse(Files.exists(dir.resolve("t10k-images-idx3-ubyte.gz")));
            assertFalse(Files.exists(dir.resolve("t10k-images-idx3-ubyte.gz.part")));
            assertTrue(Files.exists(dir.resolve(IMAGES)), "the files before it are kept");

            Files.write(dir.resolve(IMAGES), new byte[] {1, 2, 3});
            DatasetDownload.get("mnist", dir, new Mirror(server.base(), Archives.digests(files)), Progress.NONE);
            assertArrayEquals(files.get(IMAGES), Files.readAllBytes(dir.resolve(IMAGES)), "a corrupt complete file is replaced");
        }
    }

    @Test
    void aServerRefusingConnectionsIsOneClearLine() throws IOException {
        int port = ArchiveServer.refusingPort();
        Path dir = tmp.resolve("mnist");
        DownloadException e = assertThrows(DownloadException.class, () -> DatasetDownload.get("mnist", dir,
                Mirror.at("http://127.0.0.1:" + port + "/mnist", Map.of()), Progress.NONE));
        assertEquals(DownloadException.Kind.UNREACHABLE, e.kind());
        assertTrue(e.getMessage().startsWith("cannot reach 127.0.0.1:" + port + " ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("offline? nothing downloaded"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aMissingFileIsTheServersAnswer() throws Exception {
        try (ArchiveServer server = new ArchiveServer(Map.of())) {
            DownloadException e = assertThrows(DownloadException.class, () -> DatasetDownload.get("mnist", tmp.resolve("m"),
                    new Mirror(server.base(), Map.of()), Progress.NONE));
            assertEquals(DownloadException.Kind.REFUSED, e.kind());
            assertTrue(e.getMessage().endsWith("/data/train-images-idx3-ubyte.gz answered HTTP 404 Not Found"), e.getMessage());
        }
    }
}
