package nnwb.core.check;

/** Thrown by {@link Deadline#check()} when a check runs past its time limit; the message is the one-line reason. */
public final class CheckTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CheckTimeoutException(String message) {
        super(message, null, false, false);
    }
}
