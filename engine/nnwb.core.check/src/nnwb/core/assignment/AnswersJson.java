package nnwb.core.assignment;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nnwb.core.check.Answer;
import nnwb.core.check.Echo;
import nnwb.core.check.Limits;

/** Walks one answers document with explicit keys and bounds; see {@link AnswersReader}. */
final class AnswersJson {

    private static final int MAX_KEY = 200;

    private final JsonReader r;
    private final Limits limits;
    private int values;

    AnswersJson(JsonReader r, Limits limits) {
        this.r = r;
        this.limits = limits;
    }

    Submission submission() throws IOException {
        if (r.peek() != JsonToken.BEGIN_OBJECT) {
            throw new IllegalArgumentException("answers file must hold one JSON object");
        }
        r.beginObject();
        String assignment = null;
        String student = null;
        Map<String, Answer> answers = null;
        Set<String> seen = new HashSet<>();
        while (r.hasNext()) {
            String name = r.nextName();
            if (!seen.add(name)) {
                throw new IllegalArgumentException("answers file has the key " + Echo.quote(name) + " twice");
            }
            switch (name) {
                case "format" -> format(string(name, 64));
                case "version" -> version();
                case "assignment" -> assignment = string(name, 64);
                case "student" -> student = string(name, Submission.MAX_STUDENT_ID);
                case "answers" -> answers = answers();
                default -> r.skipValue();
            }
        }
        r.endObject();
        for (String key : new String[] {"assignment", "student", "answers"}) {
            if (!seen.contains(key)) {
                throw new IllegalArgumentException("answers file has no \"" + key + "\"");
            }
        }
        return new Submission(assignment, student, answers);
    }

    private static void format(String f) {
        if (!AnswersReader.FORMAT.equals(f)) {
            throw new IllegalArgumentException("answers file format is " + Echo.quote(f) + ", not " + AnswersReader.FORMAT);
        }
    }

    private void version() throws IOException {
        String v = r.peek() == JsonToken.NUMBER ? r.nextString() : null;
        if (!"1".equals(v)) {
            throw new IllegalArgumentException("answers file version is not 1, the only version this workbench reads");
        }
    }

    private String string(String key, int max) throws IOException {
        if (r.peek() != JsonToken.STRING) {
            throw new IllegalArgumentException("answers file \"" + key + "\" must be a string");
        }
        String s = r.nextString();
        if (s.length() > max) {
            throw new IllegalArgumentException("answers file \"" + key + "\" is " + s.length() + " characters long; at most "
                    + max + " allowed");
        }
        return s;
    }

    private Map<String, Answer> answers() throws IOException {
        if (r.peek() != JsonToken.BEGIN_OBJECT) {
            throw new IllegalArgumentException("answers file \"answers\" must be an object of part ids to answers");
        }
        return fields(0);
    }

    private Map<String, Answer> fields(int depth) throws IOException {
        Map<String, Answer> out = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
            String key = r.nextName();
            if (key.length() > MAX_KEY) {
                throw new IllegalArgumentException("answers file has a key " + key.length() + " characters long; at most "
                        + MAX_KEY + " allowed");
            }
            if (out.containsKey(key)) {
                throw new IllegalArgumentException("answers file has the key " + Echo.quote(key) + " twice");
            }
            out.put(key, value(depth + 1));
        }
        r.endObject();
        return out;
    }

    private Answer value(int depth) throws IOException {
        if (++values > limits.maxCells()) {
            throw new IllegalArgumentException("answers file has more than " + limits.maxCells() + " values");
        }
        JsonToken t = r.peek();
        if ((t == JsonToken.BEGIN_ARRAY || t == JsonToken.BEGIN_OBJECT) && depth > AnswersReader.ANSWER_DEPTH) {
            throw new IllegalArgumentException("answers file nests an answer deeper than " + AnswersReader.ANSWER_DEPTH
                    + " levels");
        }
        return switch (t) {
            case STRING -> text(r.nextString());
            case NUMBER -> new Answer.Text(r.nextString());
            case BOOLEAN -> new Answer.Text(Boolean.toString(r.nextBoolean()));
            case NULL -> {
                r.nextNull();
                yield new Answer.Missing();
            }
            case BEGIN_ARRAY -> {
                List<Answer> items = new ArrayList<>();
                r.beginArray();
                while (r.hasNext()) {
                    items.add(value(depth + 1));
                }
                r.endArray();
                yield new Answer.Items(items);
            }
            case BEGIN_OBJECT -> new Answer.Fields(fields(depth));
            default -> throw new IllegalArgumentException("answers file has an unexpected " + t);
        };
    }

    private Answer text(String s) {
        if (s.length() > limits.maxTextChars()) {
            return new Answer.Invalid("answer is " + s.length() + " characters long; at most " + limits.maxTextChars()
                    + " allowed");
        }
        return new Answer.Text(s);
    }
}
