package nnwb.core.assignment;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import nnwb.core.check.CellVerdict;
import nnwb.core.check.Verdict;

/**
 * Writes a graded submission as JSON with explicit keys: {@code assignment}, {@code student},
 * {@code awarded}, {@code possible}, {@code parts} (each {@code part}, {@code status},
 * {@code awarded}, {@code possible}, {@code reason}, {@code detail} when shown, {@code hidden},
 * {@code cells}) and {@code notes}. For {@link Audience#STUDENT} a hidden part has no detail.
 */
public final class FeedbackJson {

    private FeedbackJson() {
    }

    /** The feedback as text. */
    public static String toJson(SubmissionResult result, Audience audience) {
        StringWriter w = new StringWriter();
        write(result, audience, w);
        return w.toString();
    }

    /** Writes the feedback to {@code out} (not closed). */
    public static void write(SubmissionResult result, Audience audience, Writer out) {
        try {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.beginObject();
            w.name("assignment").value(result.assignmentId());
            w.name("student").value(result.studentId());
            w.name("awarded").value(round(result.awarded()));
            w.name("possible").value(round(result.possible()));
            w.name("parts").beginArray();
            for (PartResult p : result.parts()) {
                part(w, p, audience.verdictOf(p));
            }
            w.endArray();
            w.name("notes").beginArray();
            for (String n : result.notes()) {
                w.value(n);
            }
            w.endArray();
            w.endObject();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void part(JsonWriter w, PartResult p, Verdict v) throws IOException {
        w.beginObject();
        w.name("part").value(p.partId());
        w.name("status").value(v.status().key());
        w.name("awarded").value(round(v.awarded()));
        w.name("possible").value(round(v.possible()));
        w.name("reason").value(v.reason());
        if (!v.keyDetail().isEmpty()) {
            w.name("detail").value(v.keyDetail());
        }
        w.name("hidden").value(p.hidden());
        if (!v.cells().isEmpty()) {
            w.name("cells").beginArray();
            for (CellVerdict c : v.cells()) {
                w.beginObject();
                w.name("cell").value(c.cell());
                w.name("status").value(c.status().key());
                w.name("reason").value(c.reason());
                if (!c.keyDetail().isEmpty()) {
                    w.name("detail").value(c.keyDetail());
                }
                w.endObject();
            }
            w.endArray();
        }
        w.endObject();
    }

    private static double round(double points) {
        return Math.round(points * 1e4) / 1e4;
    }
}
