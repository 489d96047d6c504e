package nnwb.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.cli.Cli;
import nnwb.core.data.DataCache;
import nnwb.core.data.DatasetSpec;
import nnwb.core.json.Json;
import nnwb.data.internal.cli.DataCommand;

/** nnwb data get through the command line, against the JDK's HTTP server on 127.0.0.1; no test reaches the internet. */
class DataCommandTest {

    private static final Path KEYS = Path.of("../../../releng/smoke/json-keys");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(List.of(new DataCommand())).run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void getFetchesVerifiesAndPrintsTheRecordedJsonKeysWithNothingOnStderr() throws IOException {
        try (MnistServer server = new MnistServer()) {
            Path dir = tmp.resolve("mnist");
            Run r = run("data", "get", "mnist", "--dir", dir.toString(), "--mirror", server.url(), "--sha256",
                    server.sums(tmp, null).toString(), "--json");
            assertEquals(0, r.code(), r.err());
            assertEquals("", r.err(), "no progress under --json");
            Object json = Json.parse(r.out());
            assertEquals(Files.readAllLines(KEYS.resolve("data-get.keys"), StandardCharsets.UTF_8), nnwb.core.json.JsonKeyPaths.of(json));
            @SuppressWarnings("unchecked")
            Map<String, Object> o = (Map<String, Object>) json;
            assertEquals("mnist", o.get("dataset"));
            assertEquals(server.files.values().stream().mapToLong(b -> b.length).sum(), ((Number) o.get("downloadedBytes")).longValue());
            assertTrue(r.out().contains("\"status\": \"downloaded\"") || r.out().contains("\"status\":\"downloaded\""), r.out());
            for (var e : server.files.entrySet()) {
                assertArrayEquals(e.getValue(), Files.readAllBytes(dir.resolve(e.getKey())));
            }
            assertEquals(MnistServer.TRAIN, DatasetSpec.parse("mnist:" + dir).load().train().size());
        }
    }

    @Test
    void withoutDirItFillsTheCacheWithProgressOnStderrAndTheSpecFindsIt() throws IOException {
        String previous = System.getProperty(DataCache.PROPERTY);
        System.setProperty(DataCache.PROPERTY, tmp.resolve("cache").toString());
        try (MnistServer server = new MnistServer()) {
            String sums = server.sums(tmp, null).toString();
            Run r = run("data", "get", "mnist", "--mirror", server.url(), "--sha256", sums);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().lines().anyMatch(l -> l.startsWith("train-images-idx3-ubyte.gz: 100% (")), r.err());
            assertTrue(r.out().startsWith("mnist: 4 files in " + tmp.resolve("cache").resolve("mnist").toAbsolutePath()
                    + " ("), r.out());
            assertTrue(r.out().strip().endsWith("train on it with --data mnist"), r.out());
            assertEquals(MnistServer.TEST, DatasetSpec.parse("mnist").load().validation().size());
            Run again = run("data", "get", "mnist", "--mirror", server.url(), "--sha256", sums);
            assertTrue(again.out().contains("(0.00 MB downloaded; 0 resumed, 4 already there)"), again.out());
            assertEquals("", again.err());
        } finally {
            if (previous == null) {
                System.clearProperty(DataCache.PROPERTY);
            } else {
                System.setProperty(DataCache.PROPERTY, previous);
            }
        }
    }

    @Test
    void aDigestMismatchIsOneLineAndExitOne() throws IOException {
        try (MnistServer server = new MnistServer()) {
            Path dir = tmp.resolve("mnist");
            Run r = run("data", "get", "mnist", "--dir", dir.toString(), "--mirror", server.url(), "--sha256",
                    server.sums(tmp, "train-labels-idx1-ubyte.gz").toString(), "--json");
            assertEquals(1, r.code());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("nnwb data: train-labels-idx1-ubyte.gz: SHA-256 "), r.err());
            assertTrue(r.out().contains("\"reason\": \"digest\"") || r.out().contains("\"reason\":\"digest\""), r.out());
            assertFalse(Files.exists(dir.resolve("train-labels-idx1-ubyte.gz")));
            assertFalse(Files.exists(dir.resolve("train-labels-idx1-ubyte.gz.part")));
        }
    }

    @Test
    void offlineIsOneLineAndExitOne() throws IOException {
        int port = MnistServer.refusingPort();
        Run r = run("data", "get", "cifar10", "--dir", tmp.resolve("c").toString(), "--mirror", "http://127.0.0.1:" + port + "/");
        assertEquals(1, r.code());
        assertEquals("nnwb data: cannot reach 127.0.0.1:" + port, r.err().substring(0, r.err().indexOf(" (")));
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void badInputIsExitTwo() {
        for (String[] bad : new String[][] {{"imagenet", "unknown dataset 'imagenet': one of mnist, cifar10"},
            {"mnist", "mirror must be an http:// or https:// URL, got 'ftp://host/'", "--mirror", "ftp://host/"}}) {
            List<String> argv = new ArrayList<>(List.of("data", "get", bad[0]));
            for (int i = 2; i < bad.length; i++) {
                argv.add(bad[i]);
            }
            Run r = run(argv.toArray(String[]::new));
            assertEquals(2, r.code(), r.err());
            assertEquals("nnwb data: " + bad[1] + "\n", r.err());
        }
        Run fetch = run("data", "fetch", "mnist");
        assertEquals(2, fetch.code());
        assertTrue(fetch.err().startsWith("nnwb data: unknown action 'fetch'"), fetch.err());
    }
}
