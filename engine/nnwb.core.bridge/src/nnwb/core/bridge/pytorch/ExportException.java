package nnwb.core.bridge.pytorch;

/** A network that cannot be written as PyTorch (errors, symbolic sizes); the message is one line. */
public final class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }
}
