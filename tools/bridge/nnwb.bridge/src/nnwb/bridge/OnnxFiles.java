package nnwb.bridge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import nnwb.core.bridge.imports.ImportException;
import nnwb.core.bridge.imports.ImportResult;
import nnwb.core.bridge.imports.OnnxImport;
import nnwb.core.bridge.onnx.OnnxFormatException;
import nnwb.core.bridge.onnx.OnnxLimits;
import nnwb.core.bridge.onnx.OnnxReader;

/** Imports an ONNX file as the command and the import wizard do: one {@link IllegalArgumentException} line for any bad file. */
public final class OnnxFiles {

    private OnnxFiles() {
    }

    /** The import of {@code file}, the network named after the file. */
    public static ImportResult importFile(Path file) {
        String base = file.getFileName().toString().replaceFirst("\\.onnx$", "");
        String network = base.replaceAll("[^A-Za-z0-9_.-]", "_");
        try {
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString());
            }
            return OnnxImport.convert(OnnxReader.read(file, OnnxLimits.DEFAULT), network.isEmpty() ? "imported" : network,
                    file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        } catch (OnnxFormatException | ImportException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        }
    }
}
