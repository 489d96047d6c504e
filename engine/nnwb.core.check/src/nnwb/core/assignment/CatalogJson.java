package nnwb.core.assignment;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import nnwb.core.check.Checker;

/**
 * The installed assignments as JSON with explicit keys, for {@code nnwb assignments list --json}:
 * {@code assignments}, each with {@code id} (the canonical one), {@code aliases} (former ids that nnwb check and
 * nnwb grade still accept in answers files), {@code course}, {@code title}, {@code due},
 * {@code points} and {@code problems} (each {@code id}, {@code title}, {@code statement},
 * {@code points}, {@code parts}: {@code id}, {@code prompt}, {@code points}, {@code kind},
 * {@code hint}, {@code hidden} (whether a student's feedback leaves the key out now), {@code feedback} (the
 * part's {@link FeedbackPolicy}: {@code never}, {@code after-deadline}, {@code always}), and {@code preset} with {@code tool}, {@code resource},
 * {@code parameters} when there is one). Keys never appear here.
 */
public final class CatalogJson {

    private CatalogJson() {
    }

    /** The list as text, {@code hidden} as of now. */
    public static String toJson(List<Assignment> assignments) {
        return toJson(assignments, Instant.now());
    }

    /** The list as text, {@code hidden} as of {@code now}. */
    public static String toJson(List<Assignment> assignments, Instant now) {
        StringWriter out = new StringWriter();
        try {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.beginObject().name("assignments").beginArray();
            for (Assignment a : assignments) {
                assignment(w, a, now);
            }
            w.endArray().endObject().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void assignment(JsonWriter w, Assignment a, Instant now) throws IOException {
        w.beginObject();
        w.name("id").value(a.id());
        w.name("aliases").beginArray();
        for (String alias : a.aliases()) {
            w.value(alias);
        }
        w.endArray();
        w.name("course").value(a.course());
        w.name("title").value(a.title());
        w.name("due").value(a.due().toString());
        w.name("points").value(a.points());
        w.name("problems").beginArray();
        for (Problem p : a.problems()) {
            w.beginObject();
            w.name("id").value(p.id());
            w.name("title").value(p.title());
            w.name("statement").value(p.statement());
            w.name("points").value(p.points());
            w.name("parts").beginArray();
            for (Part part : p.parts()) {
                part(w, a, part, now);
            }
            w.endArray().endObject();
        }
        w.endArray().endObject();
    }

    private static void part(JsonWriter w, Assignment a, Part part, Instant now) throws IOException {
        Checker c = part.checker();
        w.beginObject();
        w.name("id").value(part.id());
        w.name("prompt").value(part.prompt());
        w.name("points").value(part.points());
        w.name("kind").value(c.kind().name().toLowerCase(java.util.Locale.ROOT));
        w.name("hint").value(c.inputHint());
        w.name("hidden").value(!a.keyShown(part, now));
        w.name("feedback").value(a.feedbackOf(part).key());
        if (part.preset().isPresent()) {
            Preset pr = part.preset().get();
            w.name("preset").beginObject();
            w.name("tool").value(pr.tool());
            w.name("resource").value(pr.resource());
            w.name("parameters").beginObject();
            for (var e : pr.parameters().entrySet()) {
                w.name(e.getKey()).value(e.getValue());
            }
            w.endObject().endObject();
        }
        w.endObject();
    }
}
