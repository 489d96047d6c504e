package nnwb.core.data.download;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/** Small archives in the real formats: MNIST's gzipped IDX files, CIFAR-10's binary tar.gz as the tar tool writes it. */
final class Archives {

    private Archives() {
    }

    /** MNIST's four files, {@code train} and {@code test} images of 28x28 random pixels (incompressible), gzipped. */
    static Map<String, byte[]> mnist(int train, int test) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("train-images-idx3-ubyte.gz", gzip(images(train, 1)));
        out.put("train-labels-idx1-ubyte.gz", gzip(labels(train)));
        out.put("t10k-images-idx3-ubyte.gz", gzip(images(test, 2)));
        out.put("t10k-labels-idx1-ubyte.gz", gzip(labels(test)));
        return out;
    }

    private static byte[] images(int n, long seed) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(0x00000803);
        d.writeInt(n);
        d.writeInt(28);
        d.writeInt(28);
        byte[] px = new byte[n * 28 * 28];
        new Random(seed).nextBytes(px);
        d.write(px);
        return b.toByteArray();
    }

    private static byte[] labels(int n) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(0x00000801);
        d.writeInt(n);
        for (int i = 0; i < n; i++) {
            d.writeByte(i % 10);
        }
        return b.toByteArray();
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(raw);
        }
        return b.toByteArray();
    }

    /**
     * {@code cifar-10-binary.tar.gz} as the tar tool packs it: {@code cifar-10-batches-bin/} with five data batches
     * and a test batch of {@code perBatch} records (label, then 3072 pixel bytes) and {@code batches.meta.txt}.
     */
    static byte[] cifarTarGz(Path work, int perBatch) throws IOException, InterruptedException {
        Path d = Files.createDirectories(work.resolve("cifar-10-batches-bin"));
        Random r = new Random(3);
        for (String name : new String[] {"data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin",
            "data_batch_5.bin", "test_batch.bin"}) {
            byte[] b = new byte[perBatch * 3073];
            r.nextBytes(b);
            for (int i = 0; i < perBatch; i++) {
                b[i * 3073] = (byte) (i % 10);
            }
            Files.write(d.resolve(name), b);
        }
        Files.writeString(d.resolve("batches.meta.txt"), "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n",
                StandardCharsets.US_ASCII);
        Path archive = work.resolve("cifar-10-binary.tar.gz");
        Process p = new ProcessBuilder("tar", "-czf", archive.toString(), "-C", work.toString(), "cifar-10-batches-bin")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tar failed: " + output);
        }
        return Files.readAllBytes(archive);
    }

    /** The digests of {@code files} by name. */
    static Map<String, String> digests(Map<String, byte[]> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(k, Digests.sha256(v)));
        return out;
    }
}
