package nnwb.core.data.download;

import java.util.Locale;

/**
 * One file of a dataset as its publisher serves it.
 *
 * @param name   the file name, also its name under the mirror's base URL and in the cache
 * @param size   its size in bytes, or -1 when not known in advance
 * @param sha256 its SHA-256 digest, 64 lower-case hex digits
 */
public record RemoteFile(String name, long size, String sha256) {

    public RemoteFile {
        if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("a remote file needs a plain file name, got '" + name + "'");
        }
        sha256 = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(name + ": a SHA-256 digest is 64 hex digits, got '" + sha256 + "'");
        }
    }

    /** This file with another digest and an unknown size (a mirror's own copy). */
    public RemoteFile withSha256(String digest) {
        return new RemoteFile(name, -1, digest);
    }
}
