package nnwb.data.tests;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpServer;

/** MNIST's four files in their real format (gzipped IDX, 28x28), small, served by the JDK's HTTP server on 127.0.0.1. */
final class MnistServer implements AutoCloseable {

    static final int TRAIN = 300;
    static final int TEST = 50;

    final Map<String, byte[]> files = new LinkedHashMap<>();
    private final HttpServer server;

    MnistServer() throws IOException {
        files.put("train-images-idx3-ubyte.gz", gzip(images(TRAIN)));
        files.put("train-labels-idx1-ubyte.gz", gzip(labels(TRAIN)));
        files.put("t10k-images-idx3-ubyte.gz", gzip(images(TEST)));
        files.put("t10k-labels-idx1-ubyte.gz", gzip(labels(TEST)));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/mirror/", x -> {
            byte[] body = files.get(x.getRequestURI().getPath().substring("/mirror/".length()));
            x.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            try (OutputStream o = x.getResponseBody()) {
                if (body != null) {
                    o.write(body);
                }
            }
        });
        server.start();
    }

    /** The mirror's URL. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/mirror/";
    }

    /** A sha256sum file of the served files, {@code wrong} given a digest of zeros. */
    Path sums(Path dir, String wrong) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (var e : files.entrySet()) {
            sb.append(e.getKey().equals(wrong) ? "0".repeat(64) : sha256(e.getValue())).append("  ").append(e.getKey())
                    .append('\n');
        }
        return Files.writeString(dir.resolve("SHA256SUMS" + (wrong == null ? "" : "-wrong")), sb, StandardCharsets.UTF_8);
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] images(int n) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(0x803);
        d.writeInt(n);
        d.writeInt(28);
        d.writeInt(28);
        byte[] px = new byte[n * 784];
        new Random(n).nextBytes(px);
        d.write(px);
        return b.toByteArray();
    }

    private static byte[] labels(int n) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(b);
        d.writeInt(0x801);
        d.writeInt(n);
        for (int i = 0; i < n; i++) {
            d.writeByte(i % 10);
        }
        return b.toByteArray();
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(raw);
        }
        return b.toByteArray();
    }

    /** A port on 127.0.0.1 where nothing listens. */
    static int refusingPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
