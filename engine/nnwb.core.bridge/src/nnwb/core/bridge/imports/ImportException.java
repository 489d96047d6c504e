package nnwb.core.bridge.imports;

/** An ONNX graph the {@code .nnet} format cannot express; the message is one line naming the node and its operator. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }
}
