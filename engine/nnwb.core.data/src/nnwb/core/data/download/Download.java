package nnwb.core.data.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import nnwb.core.data.download.DownloadException.Kind;

/**
 * Fetches one file over HTTP into a folder: into {@code NAME.part} first, resumed with a {@code Range} request when a
 * part is there, checked against its SHA-256, then renamed to {@code NAME}. A file already there with the right digest
 * is kept; one with a wrong digest is removed and fetched again. A broken connection keeps the part for the next try;
 * a complete file with a wrong digest is removed.
 */
public final class Download {

    /** Connect and read timeout. */
    static final int TIMEOUT_MS = 30_000;
    private static final int CHUNK = 1 << 16;

    /**
     * What one fetch did.
     *
     * @param file       the file
     * @param path       where it is now
     * @param downloaded bytes transferred this time
     * @param resumed    whether it continued a partial file
     * @param cached     whether it was already there with the right digest (nothing transferred)
     */
    public record Outcome(RemoteFile file, Path path, long downloaded, boolean resumed, boolean cached) {
    }

    private Download() {
    }

    /** Fetches {@code file} from {@code url} into {@code dir}, reporting to {@code progress}. */
    public static Outcome fetch(URI url, RemoteFile file, Path dir, Progress progress) throws DownloadException {
        Path target = dir.resolve(file.name());
        Path part = dir.resolve(file.name() + ".part");
        try {
            Files.createDirectories(dir);
            if (Files.isRegularFile(target)) {
                if (Digests.sha256(target).equals(file.sha256())) {
                    return new Outcome(file, target, 0, false, true);
                }
                Files.delete(target);
            }
        } catch (IOException e) {
            throw new DownloadException(Kind.LOCAL, "cannot write to " + dir + ": " + e.getMessage());
        }
        long have = size(part);
        Transfer t = transfer(url, file, part, have, progress);
        String actual;
        try {
            actual = Digests.sha256(part);
        } catch (IOException e) {
            throw new DownloadException(Kind.LOCAL, "cannot read " + part + ": " + e.getMessage());
        }
        if (!actual.equals(file.sha256())) {
            delete(part);
            throw new DownloadException(Kind.DIGEST, file.name() + ": SHA-256 " + actual + " is not the expected "
                    + file.sha256() + "; the corrupt file was removed, run the command again");
        }
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DownloadException(Kind.LOCAL, "cannot rename " + part + " to " + target.getFileName() + ": "
                    + e.getMessage());
        }
        return new Outcome(file, target, t.bytes, t.resumed, false);
    }

    private record Transfer(long bytes, boolean resumed) {
    }

    private static Transfer transfer(URI url, RemoteFile file, Path part, long have, Progress progress)
            throws DownloadException {
        HttpURLConnection c = null;
        long written = 0;
        long start = have;
        long total = file.size();
        try {
            c = (HttpURLConnection) url.toURL().openConnection();
            c.setConnectTimeout(TIMEOUT_MS);
            c.setReadTimeout(TIMEOUT_MS);
            c.setInstanceFollowRedirects(true);
            if (have > 0) {
                c.setRequestProperty("Range", "bytes=" + have + "-");
            }
            int status = c.getResponseCode();
            if (status == 416 && have > 0) {
                return new Transfer(0, true);
            }
            boolean append = status == HttpURLConnection.HTTP_PARTIAL && have > 0;
            if (status != HttpURLConnection.HTTP_OK && !append) {
                throw new DownloadException(Kind.REFUSED, url + " answered HTTP " + status
                        + (c.getResponseMessage() == null ? "" : " " + c.getResponseMessage()));
            }
            start = append ? have : 0;
            long length = c.getContentLengthLong();
            if (length >= 0) {
                total = start + length;
            }
            progress.update(file.name(), start, total);
            try (InputStream in = c.getInputStream(); OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buf = new byte[CHUNK];
                for (int n; (n = in.read(buf)) >= 0;) {
                    out.write(buf, 0, n);
                    written += n;
                    progress.update(file.name(), start + written, total);
                }
            }
            if (length >= 0 && written < length) {
                throw new IOException("the server closed the connection early");
            }
            return new Transfer(written, append);
        } catch (ConnectException e) {
            throw new DownloadException(Kind.UNREACHABLE, "cannot reach " + hostOf(url) + " (" + e.getMessage()
                    + "): offline? " + kept(part, have));
        } catch (UnknownHostException e) {
            throw new DownloadException(Kind.UNREACHABLE, "cannot resolve " + hostOf(url) + ": offline? " + kept(part, have));
        } catch (SocketTimeoutException e) {
            throw new DownloadException(Kind.UNREACHABLE, hostOf(url) + " did not answer within " + TIMEOUT_MS / 1000
                    + " s; " + kept(part, size(part)));
        } catch (IOException e) {
            throw new DownloadException(Kind.UNREACHABLE, "the download of " + file.name() + " broke off at "
                    + (start + written) + (total > 0 ? " of " + total : "") + " bytes (" + e.getMessage() + "); "
                    + kept(part, size(part)));
        } finally {
            if (c != null) {
                c.disconnect();
            }
        }
    }

    private static String kept(Path part, long bytes) {
        return bytes > 0 ? bytes + " bytes kept in " + part.getFileName() + ": run the command again to resume"
                : "nothing downloaded";
    }

    private static String hostOf(URI url) {
        return url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // the digest error says the file is corrupt either way
        }
    }
}
