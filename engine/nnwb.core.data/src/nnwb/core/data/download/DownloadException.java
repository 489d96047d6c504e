package nnwb.core.data.download;

/** A download that did not complete, with a one-line reason that says what was kept and what to do. */
public final class DownloadException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why it stopped. */
    public enum Kind {
        /** The server could not be reached or the connection broke; a partial file is kept for the next try. */
        UNREACHABLE,
        /** The server answered with an error status. */
        REFUSED,
        /** The complete file's SHA-256 is not the expected one; the file was removed. */
        DIGEST,
        /** The cache could not be written or an archive could not be unpacked. */
        LOCAL
    }

    private final Kind kind;

    public DownloadException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Why it stopped. */
    public Kind kind() {
        return kind;
    }
}
