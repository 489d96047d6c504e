package nnwb.core.assignment;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import nnwb.core.check.Answer;

/** Writes a submission as an answers file with explicit keys (the format {@link AnswersReader} reads). */
public final class AnswersWriter {

    private AnswersWriter() {
    }

    /** The answers file for {@code s} as text. */
    public static String toJson(Submission s) {
        StringWriter w = new StringWriter();
        write(s, w);
        return w.toString();
    }

    /** Writes the answers file for {@code s} to {@code out} (not closed). */
    public static void write(Submission s, Writer out) {
        try {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.beginObject();
            w.name("format").value(AnswersReader.FORMAT);
            w.name("version").value(1);
            w.name("assignment").value(s.assignmentId());
            w.name("student").value(s.studentId());
            w.name("answers").beginObject();
            for (Map.Entry<String, Answer> e : s.answers().entrySet()) {
                w.name(e.getKey());
                value(w, e.getValue());
            }
            w.endObject();
            w.endObject();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(JsonWriter w, Answer a) throws IOException {
        if (a instanceof Answer.Text t) {
            w.value(t.value());
        } else if (a instanceof Answer.Items items) {
            w.beginArray();
            for (Answer i : items.items()) {
                value(w, i);
            }
            w.endArray();
        } else if (a instanceof Answer.Fields f) {
            w.beginObject();
            for (Map.Entry<String, Answer> e : f.fields().entrySet()) {
                w.name(e.getKey());
                value(w, e.getValue());
            }
            w.endObject();
        } else if (a instanceof Answer.Missing m) {
            w.nullValue();
        } else if (a instanceof Answer.Invalid v) {
            w.nullValue();
        }
    }
}
