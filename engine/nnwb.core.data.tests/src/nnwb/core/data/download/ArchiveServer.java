package nnwb.core.data.download;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP/1.1 server on 127.0.0.1 serving files from memory under {@code /data/NAME}, with {@code Range:
 * bytes=N-} answered by 206; a file marked {@link #cutOnce} is sent with its full length declared but only half its
 * bytes the first time, then the connection is closed, as a dropped connection does. Records each request's
 * Range header.
 */
final class ArchiveServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final Map<String, byte[]> files;
    private final Set<String> cut = ConcurrentHashMap.newKeySet();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final ServerSocket socket;
    private final Thread thread;

    ArchiveServer(Map<String, byte[]> files) throws IOException {
        this.files = Map.copyOf(files);
        socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        thread = new Thread(this::serve, "archive-server");
        thread.setDaemon(true);
        thread.start();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:PORT/data/}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/data/");
    }

    /** The next GET of {@code name} stops half-way. */
    void cutOnce(String name) {
        cut.add(name);
    }

    /** Each request as {@code NAME RANGE} (RANGE {@code -} when none), in order. */
    List<String> requests() {
        return requests;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                answer(s);
            } catch (IOException e) {
                // a closed server or a client that went away
            }
        }
    }

    private void answer(Socket s) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
        String request = in.readLine();
        if (request == null) {
            return;
        }
        long from = 0;
        String range = "-";
        for (String h; (h = in.readLine()) != null && !h.isEmpty();) {
            if (h.toLowerCase(java.util.Locale.ROOT).startsWith("range:")) {
                range = h.substring(6).strip();
                Matcher m = RANGE.matcher(range);
                if (m.matches()) {
                    from = Long.parseLong(m.group(1));
                }
            }
        }
        String path = request.split(" ")[1];
        String name = path.startsWith("/data/") ? path.substring(6) : "";
        requests.add(name + " " + range);
        OutputStream out = s.getOutputStream();
        byte[] body = files.get(name);
        if (body == null) {
            out.write(head("404 Not Found", 0, "").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return;
        }
        if (from >= body.length && from > 0) {
            out.write(head("416 Range Not Satisfiable", 0, "Content-Range: bytes */" + body.length + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return;
        }
        int length = (int) (body.length - from);
        String status = from > 0 ? "206 Partial Content" : "200 OK";
        String extra = from > 0 ? "Content-Range: bytes " + from + "-" + (body.length - 1) + "/" + body.length + "\r\n" : "";
        out.write(head(status, length, extra).getBytes(StandardCharsets.ISO_8859_1));
        boolean stop = cut.remove(name);
        out.write(body, (int) from, stop ? length / 2 : length);
        out.flush();
    }

    private static String head(String status, long length, String extra) {
        return "HTTP/1.1 " + status + "\r\nContent-Length: " + length + "\r\nContent-Type: application/octet-stream\r\n"
                + extra + "Connection: close\r\n\r\n";
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    /** A port on 127.0.0.1 where nothing listens: bound, then closed. */
    static int refusingPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

}
