package nnwb.core.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The PyTorch-made fixtures under {@code fixtures/} (recorded by {@code releng/oracle/onnx_fixtures.py}). */
public final class Fixtures {

    private Fixtures() {
    }

    /** The bytes of fixture {@code name}. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
