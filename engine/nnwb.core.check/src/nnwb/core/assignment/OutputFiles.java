package nnwb.core.assignment;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes the grader's outputs without following links: a file is written under a fresh temporary name in its
 * own folder and renamed over the target, and only where the target is absent or a regular file: a link
 * planted at the target, a folder, a device or a pipe is refused (never followed, never replaced), and so is an
 * output folder that is a link. Every refusal is an {@link IOException} with a one-line reason.
 */
public final class OutputFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /**
     * Why {@code target} cannot take a new file, or null: the target is a link, a folder or a device; its folder is
     * a link, not a folder, or cannot be written (a missing folder that can be created is fine).
     */
    public static String whyNotWritable(Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null) {
            return "is not a file path";
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Files.isSymbolicLink(file) ? "is a link; outputs are never written through links"
                    : Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "is a folder, not a file"
                    : "is not a regular file (a device or a pipe); it is never replaced";
        }
        return whyNotFolder(folder, true);
    }

    /**
     * Why {@code folder} cannot hold outputs, or null: it is a link, or something else than a folder, or (when
     * it must exist) it is missing, or it cannot be written.
     */
    public static String whyNotFolder(Path folder, boolean mayCreate) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(dir)) {
            return "is a link; outputs are never written through links";
        }
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (mayCreate) {
                Path parent = dir.getParent();
                return parent == null ? "cannot be created" : Files.isDirectory(parent) ? null : whyNotFolder(parent, true);
            }
            return "is missing";
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return "is not a folder";
        }
        return Files.isWritable(dir) ? null : "cannot be written";
    }

    /** Creates {@code folder} (and its parents) unless it exists as a real folder; refuses a link or a file. */
    public static Path folder(Path folder) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        String why = whyNotFolder(dir, true);
        if (why != null) {
            throw new IOException(dir + " " + why);
        }
        Files.createDirectories(dir);
        if (Files.isSymbolicLink(dir) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(dir + " is not a folder");
        }
        return dir;
    }

    /** Writes {@code content} to {@code target} atomically (temporary name in the same folder, then rename). */
    public static void write(Path target, byte[] content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        String why = whyNotWritable(file);
        if (why != null) {
            throw new IOException(file.getFileName() + " " + why);
        }
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                out.write(content);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file.getFileName() + ": a file took the temporary name; try again", e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
