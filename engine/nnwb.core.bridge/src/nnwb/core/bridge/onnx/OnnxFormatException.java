package nnwb.core.bridge.onnx;

/** A file that is not a readable ONNX model, or one beyond the reader's limits; the message is one line for the user. */
public final class OnnxFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public OnnxFormatException(String message) {
        super(message);
    }
}
