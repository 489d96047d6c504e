package nnwb.core.data.download;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Unpacks a gzipped tar archive (ustar, as CIFAR-10's archives are) into a folder: regular files and folders only;
 * an entry that would land outside the folder (an absolute name, {@code ..}) is refused.
 */
public final class TarGz {

    private static final int BLOCK = 512;

    private TarGz() {
    }

    /** Unpacks {@code archive} into {@code dir}; the regular files written, relative to {@code dir}. */
    public static List<Path> unpack(Path archive, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        Path root = dir.toAbsolutePath().normalize();
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive),
                1 << 16), 1 << 16))) {
            byte[] header = new byte[BLOCK];
            while (true) {
                try {
                    in.readFully(header);
                } catch (EOFException e) {
                    break;
                }
                if (allZero(header)) {
                    break;
                }
                String name = field(header, 0, 100);
                if ("ustar".equals(field(header, 257, 6).strip())) {
                    String prefix = field(header, 345, 155);
                    name = prefix.isEmpty() ? name : prefix + "/" + name;
                }
                long size = octal(header, 124, 12);
                char type = (char) header[156];
                if (type == '0' || type == '\0' || type == '5') {
                    Path out = root.resolve(name).normalize();
                    if (name.startsWith("/") || !out.startsWith(root) || out.equals(root) && type != '5') {
                        throw new IOException(archive.getFileName() + ": entry '" + name + "' would land outside " + dir);
                    }
                    if (type == '5') {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        copy(in, out, size);
                        written.add(root.relativize(out));
                        size = 0;
                    }
                }
                skip(in, padded(size));
            }
        }
        return written;
    }

    private static void copy(DataInputStream in, Path out, long size) throws IOException {
        try (OutputStream o = Files.newOutputStream(out)) {
            byte[] buf = new byte[1 << 16];
            long left = size;
            while (left > 0) {
                int n = (int) Math.min(buf.length, left);
                in.readFully(buf, 0, n);
                o.write(buf, 0, n);
                left -= n;
            }
        }
        skip(in, padded(size) - size);
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static void skip(InputStream in, long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) {
                    throw new EOFException("archive ends inside an entry");
                }
                s = 1;
            }
            left -= s;
        }
    }

    private static String field(byte[] h, int off, int len) {
        int end = off;
        while (end < off + len && h[end] != 0) {
            end++;
        }
        return new String(h, off, end - off, StandardCharsets.US_ASCII);
    }

    private static long octal(byte[] h, int off, int len) throws IOException {
        String s = field(h, off, len).strip();
        try {
            return s.isEmpty() ? 0 : Long.parseLong(s, 8);
        } catch (NumberFormatException e) {
            throw new IOException("not a tar archive (size field '" + s + "')");
        }
    }

    private static boolean allZero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }
}
