package nnwb.filter.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import nnwb.core.filter.Image;
import nnwb.core.filter.MatrixText;
import nnwb.core.filter.image.InputParser;

/** What {@code --input} names: a typed matrix, an image file, or a generated test input. */
final class Inputs {

    private Inputs() {
    }

    /**
     * A typed matrix ({@code "1,2;3,4"}, {@code "1..25"}) first, then an existing file, then a test input
     * ({@code "checkerboard:size=32"}); a name ending in .png/.jpg/.jpeg that is not a file is reported as missing.
     */
    static Image read(String text) {
        if (text == null || text.isBlank() || text.strip().equals("1..25") || MatrixText.looksLikeMatrix(text)) {
            return InputParser.parse(text);
        }
        Path file = null;
        try {
            file = Path.of(text.strip());
        } catch (InvalidPathException e) {
            // not a path: a test input name, parsed below
        }
        if (file != null && Files.isRegularFile(file)) {
            return ImageFiles.read(file);
        }
        if (ImageFiles.looksLikeImageFile(text.strip())) {
            throw new IllegalArgumentException("no image file " + text.strip());
        }
        return InputParser.parse(text);
    }
}
