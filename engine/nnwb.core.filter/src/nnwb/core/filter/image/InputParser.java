package nnwb.core.filter.image;

import nnwb.core.filter.Image;
import nnwb.core.filter.MatrixText;
import nnwb.core.filter.NamedSpec;

/**
 * Reads an input typed as text: a matrix ({@code "1,2,3;4,5,6"}, a one-channel image) or a named test input
 * with parameters ({@code "checkerboard:size=32,cell=4"}, {@code "matrix"} for 1..25). Files are not read here.
 */
public final class InputParser {

    private InputParser() {
    }

    /**
     * The input described by {@code text}.
     *
     * @throws IllegalArgumentException with a one-line message naming what is wrong
     */
    public static Image parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("input is empty: give a test input (" + String.join(", ", TestInput.keys())
                    + ") or rows like 1,2,3;4,5,6");
        }
        if (text.strip().equals("1..25")) {
            return TestInput.MATRIX.image();
        }
        if (MatrixText.looksLikeMatrix(text)) {
            return Image.gray(MatrixText.parse("input", text));
        }
        NamedSpec spec = NamedSpec.parse("input", text);
        TestInput input = TestInput.byName(spec.name()).orElseThrow(() -> new IllegalArgumentException(
                "unknown input '" + spec.name() + "'; test inputs: " + String.join(", ", TestInput.keys())
                        + ", or rows like 1,2,3;4,5,6"));
        return input.build(spec);
    }
}
