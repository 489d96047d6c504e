package nnwb.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text file a user named (a model, a run configuration, a preset) as untrusted input: only a regular
 * file (a link is fine where it ends at one; {@code /dev/zero}, a pipe or a folder is refused), at most so many
 * bytes and lines, strict UTF-8. Every refusal is an {@link IllegalArgumentException} with a one-line reason
 * that names no exception class.
 */
public final class TextFiles {

    /** Largest model or configuration read: 1 MiB. */
    public static final long MAX_BYTES = 1 << 20;
    /** Most lines of a model or configuration read. */
    public static final int MAX_LINES = 20_000;

    private TextFiles() {
    }

    /** The text of {@code file} within {@link #MAX_BYTES} and {@link #MAX_LINES}. */
    public static String read(Path file) {
        return read(file, MAX_BYTES, MAX_LINES);
    }

    /** The text of {@code file}, refused with a one-line reason unless it is a regular UTF-8 file within the bounds. */
    public static String read(Path file, long maxBytes, int maxLines) {
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(Files.isDirectory(file) ? "is a folder, not a file"
                    : "is not a regular file (a device or a pipe)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("does not exist");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IllegalArgumentException("cannot be read (permission denied)");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot be read (input error)");
        }
        if (bytes.length > maxBytes) {
            throw new IllegalArgumentException("is larger than " + maxBytes + " bytes");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not UTF-8 text (a binary file?)");
        }
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("is not text (it holds NUL characters: a binary file?)");
        }
        long lines = text.chars().filter(c -> c == '\n').count();
        if (lines > maxLines) {
            throw new IllegalArgumentException("has more than " + maxLines + " lines");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * At most {@code maxBytes} of {@code in} (a bundle resource, a preset); throws an {@link IOException} saying so
     * when there is more, so that a resource linked to {@code /dev/zero} ends, never fills the memory.
     */
    public static byte[] bytes(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new IOException("larger than " + maxBytes + " bytes");
        }
        return bytes;
    }
}
