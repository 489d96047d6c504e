package nnwb.compute;

/** A compute operation failed, or the backend is not available; the message says why. */
public class ComputeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ComputeException(String message) {
        super(message);
    }

    public ComputeException(String message, Throwable cause) {
        super(message, cause);
    }
}
