package nnwb.train.internal.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import nnwb.cli.UsageException;

/** The run folder of {@code nnwb train --out}, made (or found writable) before any training starts. */
final class RunOutput {

    private RunOutput() {
    }

    /** Creates {@code folder} unless it is a writable folder already; anything else is a one-line usage error. */
    static Path prepare(Path folder) throws UsageException {
        Path abs = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs);
        } catch (FileAlreadyExistsException e) {
            throw new UsageException("--out " + abs + " is a file, not a folder");
        } catch (AccessDeniedException e) {
            throw new UsageException("--out " + abs + " cannot be created (permission denied)");
        } catch (IOException e) {
            throw new UsageException("--out " + abs + " cannot be created (a parent is not a writable folder)");
        }
        if (!Files.isDirectory(abs) || !Files.isWritable(abs)) {
            throw new UsageException("--out " + abs + " is not a writable folder");
        }
        Path probe = abs.resolve(".nnwb-write-check");
        try {
            Files.deleteIfExists(probe);
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new UsageException("--out " + abs + " is not a writable folder");
        }
        return abs;
    }
}
