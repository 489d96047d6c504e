package nnwb.core.assignment;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nnwb.core.check.Limits;

/**
 * Reads an answers file ({@code {"format": "nnwb-answers", "version": 1, "assignment": ...,
 * "student": ..., "answers": {"p1.a": ...}}}) as untrusted input: the size is checked before
 * reading, the text must be UTF-8, numbers longer than the limit are refused before Gson sees
 * them, nesting and value counts are bounded, and every failure is one line naming what is wrong.
 */
public final class AnswersReader {

    /** The value of the {@code format} key. */
    public static final String FORMAT = "nnwb-answers";
    /** Deepest nesting inside one answer (a table: rows of named columns). */
    static final int ANSWER_DEPTH = 3;
    private static final Pattern WHERE = Pattern.compile("line (\\d+) column (\\d+)");

    private AnswersReader() {
    }

    /** Reads {@code file}; throws {@link IllegalArgumentException} with a one-line reason. */
    public static Submission read(Path file, Limits limits) {
        return read(readBytes(file, limits), limits);
    }

    /**
     * The bytes of {@code file}, refused (with a one-line reason) when it is not a regular file or is larger than
     * the limits allow; links are not followed.
     */
    public static byte[] readBytes(Path file, Limits limits) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalArgumentException("not a regular file");
            }
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw tooBig(size, limits);
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
                if (bytes.length > limits.maxFileBytes()) {
                    throw tooBig(bytes.length, limits);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the answers file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reads answers from the bytes of an answers file (UTF-8 JSON); throws {@link IllegalArgumentException}. */
    public static Submission read(byte[] bytes, Limits limits) {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooBig(bytes.length, limits);
        }
        return parse(decode(bytes), limits);
    }

    private static IllegalArgumentException tooBig(long size, Limits limits) {
        return new IllegalArgumentException("answers file is " + size + " bytes; at most " + limits.maxFileBytes() + " allowed");
    }

    private static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("answers file is not UTF-8 text");
        }
    }

    /** Reads answers from JSON text; throws {@link IllegalArgumentException} with a one-line reason. */
    public static Submission parse(String json, Limits limits) {
        if (json.length() > limits.maxFileBytes()) {
            throw tooBig(json.length(), limits);
        }
        NumberScan.requireShortNumbers(json, limits.maxNumberChars());
        JsonReader r = new JsonReader(new StringReader(json));
        r.setStrictness(Strictness.STRICT);
        r.setNestingLimit(ANSWER_DEPTH + 3);
        try {
            Submission s = new AnswersJson(r, limits).submission();
            requireEnd(r);
            return s;
        } catch (EOFException e) {
            throw new IllegalArgumentException("answers file ends early (truncated?)" + where(e.getMessage()));
        } catch (MalformedJsonException e) {
            String m = String.valueOf(e.getMessage());
            throw new IllegalArgumentException(m.startsWith("Nesting limit")
                    ? "answers file nests deeper than an answer may (" + (ANSWER_DEPTH + 3) + " levels)" + where(m)
                    : m.startsWith("Unterminated") ? "answers file ends early (truncated?)" + where(m)
                    : "answers file is not valid JSON" + where(m));
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new IllegalArgumentException("answers file is not valid JSON" + where(String.valueOf(e.getMessage())));
        }
    }

    private static void requireEnd(JsonReader r) {
        boolean end;
        try {
            end = r.peek() == JsonToken.END_DOCUMENT;
        } catch (IOException e) {
            end = false;
        }
        if (!end) {
            throw new IllegalArgumentException("answers file has more after its closing brace");
        }
    }

    private static String where(String message) {
        Matcher m = WHERE.matcher(message == null ? "" : message);
        return m.find() ? " at line " + m.group(1) + " column " + m.group(2) : "";
    }
}
