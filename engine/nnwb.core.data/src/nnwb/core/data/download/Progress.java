package nnwb.core.data.download;

/** Told how far a download is: bytes of {@code file} on disk so far, out of {@code total} (-1 when unknown). */
@FunctionalInterface
public interface Progress {

    /** Nothing is reported. */
    Progress NONE = (file, done, total) -> {
    };

    /** {@code done} of {@code total} bytes of {@code file}. */
    void update(String file, long done, long total);
}
