package nnwb.core.data.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The official archives, a mirror's own digests, and progress as a line per 10%. */
class MirrorAndCatalogTest {

    @TempDir
    Path tmp;

    @Test
    void theOfficialFilesAreThePublishersWithTheirKnownSizesAndDigests() {
        Mirror official = Mirror.official();
        List<RemoteFile> mnist = official.files("mnist");
        assertEquals(List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
                "t10k-labels-idx1-ubyte.gz"), mnist.stream().map(RemoteFile::name).toList());
        assertEquals(9_912_422 + 28_881 + 1_648_877 + 4_542, mnist.stream().mapToLong(RemoteFile::size).sum());
        assertEquals("https://ossci-datasets.s3.amazonaws.com/mnist/train-images-idx3-ubyte.gz",
                official.url("mnist", mnist.get(0)).toString());
        RemoteFile cifar = official.files("CIFAR-10").get(0);
        assertEquals("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz", official.url("cifar10", cifar).toString());
        assertEquals("c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd", cifar.sha256());
        assertEquals("unknown dataset 'imagenet': one of mnist, cifar10",
                assertThrows(IllegalArgumentException.class, () -> official.files("imagenet")).getMessage());
    }

    @Test
    void aMirrorServesTheFilesUnderItsBaseWithItsOwnDigestsFromASha256sumFile() throws IOException {
        Path sums = tmp.resolve("SHA256SUMS");
        String digest = "ab".repeat(32);
        Files.writeString(sums, "# my copies\n" + digest + "  t10k-labels-idx1-ubyte.gz\n");
        Mirror m = Mirror.at("http://127.0.0.1:8123/datasets/mnist", Mirror.readSums(sums));
        List<RemoteFile> files = m.files("mnist");
        assertEquals(digest, files.get(3).sha256());
        assertEquals(-1, files.get(3).size());
        assertEquals("440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609", files.get(0).sha256());
        assertEquals("http://127.0.0.1:8123/datasets/mnist/t10k-labels-idx1-ubyte.gz", m.url("mnist", files.get(3)).toString());
        assertEquals("mirror must be an http:// or https:// URL, got 'ftp://x/'",
                assertThrows(IllegalArgumentException.class, () -> Mirror.at("ftp://x/", Map.of())).getMessage());
        Files.writeString(sums, "not a digest line\n");
        assertEquals("SHA256SUMS line 1: expected a SHA-256 digest and a file name, as sha256sum writes them",
                assertThrows(IllegalArgumentException.class, () -> Mirror.readSums(sums)).getMessage());
    }

    @Test
    void theSystemPropertiesNameTheMirrorAndItsDigests() throws IOException {
        Path sums = tmp.resolve("sums");
        Files.writeString(sums, "cd".repeat(32) + " *cifar-10-binary.tar.gz\n");
        System.setProperty(Mirror.MIRROR_PROPERTY, "http://127.0.0.1:9/c/");
        System.setProperty(Mirror.SHA256_PROPERTY, sums.toString());
        try {
            Mirror m = Mirror.fromSystemProperties();
            assertEquals("http://127.0.0.1:9/c/cifar-10-binary.tar.gz", m.url("cifar10", m.files("cifar10").get(0)).toString());
            assertEquals("cd".repeat(32), m.files("cifar10").get(0).sha256());
        } finally {
            System.clearProperty(Mirror.MIRROR_PROPERTY);
            System.clearProperty(Mirror.SHA256_PROPERTY);
        }
        assertEquals(Mirror.official(), Mirror.fromSystemProperties());
    }

    @Test
    void progressIsALinePerTenPercentOfEachFile() {
        List<String> lines = new ArrayList<>();
        TenPercentLines p = new TenPercentLines(lines::add);
        for (long done = 0; done <= 2_000_000; done += 50_000) {
            p.update("a.gz", done, 2_000_000);
        }
        assertEquals(10, lines.size(), lines.toString());
        assertEquals("a.gz: 10% (0.20 of 2.00 MB)", lines.get(0));
        assertEquals("a.gz: 100% (2.00 of 2.00 MB)", lines.get(9));
        lines.clear();
        p.update("b.gz", 1_000_000, 2_000_000);
        assertEquals(List.of("b.gz: 50% (1.00 of 2.00 MB)"), lines, "a resumed file starts where it stood");
    }
}
