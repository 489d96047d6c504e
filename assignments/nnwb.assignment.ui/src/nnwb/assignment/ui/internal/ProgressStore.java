package nnwb.assignment.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import nnwb.core.assignment.AnswersReader;
import nnwb.core.assignment.AnswersWriter;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.Audience;
import nnwb.core.assignment.FeedbackJson;
import nnwb.core.assignment.PartResult;
import nnwb.core.assignment.Submission;
import nnwb.core.assignment.SubmissionResult;
import nnwb.core.check.CellVerdict;
import nnwb.core.check.Limits;
import nnwb.core.check.Status;
import nnwb.core.check.Verdict;

/**
 * Keeps each assignment's progress in one file per assignment under the workspace (the view's
 * state folder), rewritten atomically after every change so that a crash leaves the last
 * complete version. The file is an answers file the grader reads ({@code nnwb-answers} v1) with
 * the student's verdicts added under {@code feedback}; exporting writes the same document.
 */
public final class ProgressStore {

    /** Who works when no one is named. */
    public static final String ANONYMOUS = "student";

    private final Path dir;

    public ProgressStore(Path dir) {
        this.dir = dir;
    }

    /** The student id last typed in the view, for assignments opened for the first time. */
    public java.util.Optional<String> lastStudent() {
        try {
            Path f = dir.resolve("student.txt");
            if (Files.isRegularFile(f) && Files.size(f) < 1000) {
                String s = Files.readString(f, StandardCharsets.UTF_8).strip();
                return s.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(s);
            }
        } catch (IOException | RuntimeException e) {
            // no remembered id
        }
        return java.util.Optional.empty();
    }

    /** Remembers the student id for assignments opened later. */
    public void rememberStudent(String id) {
        if (id == null || id.isBlank() || id.length() > 200) {
            return;
        }
        try {
            Files.createDirectories(dir);
            write(dir.resolve("student.txt"), id.strip() + "\n");
        } catch (IOException e) {
            // only a convenience
        }
    }

    /** The progress file of assignment {@code id} (ids are lower-case letters, digits, '.', '_', '-'). */
    public Path file(String assignmentId) {
        return dir.resolve(assignmentId + ".answers.json");
    }

    /** The saved progress, or fresh progress for {@code defaultStudent}; an unreadable file is kept aside as .bad. */
    public Progress load(Assignment a, String defaultStudent) {
        Path f = file(a.id());
        if (!Files.isRegularFile(f)) {
            return new Progress(defaultStudent);
        }
        try {
            String json = Files.readString(f, StandardCharsets.UTF_8);
            Submission s = AnswersReader.parse(json, Limits.DEFAULT);
            Progress p = new Progress(s.studentId());
            s.answers().forEach(p::answer);
            for (PartResult r : results(json)) {
                if (a.part(r.partId()).isPresent()) {
                    p.result(r);
                }
            }
            return p;
        } catch (IOException | RuntimeException e) {
            try {
                Files.move(f, f.resolveSibling(f.getFileName() + ".bad"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // the next save replaces it
            }
            return new Progress(defaultStudent);
        }
    }

    /** Saves {@code p} atomically. */
    public void save(Assignment a, Progress p) throws IOException {
        Files.createDirectories(dir);
        write(file(a.id()), json(a, p));
    }

    /** Writes the hand-in document for {@code p} to {@code target} atomically. */
    public static void export(Assignment a, Progress p, Path target) throws IOException {
        write(target.toAbsolutePath(), json(a, p));
    }

    /** The document: the answers file with the student's verdicts under {@code feedback}. */
    public static String json(Assignment a, Progress p) {
        String student = p.student() == null || p.student().isBlank() ? ANONYMOUS : p.student().strip();
        Submission s = new Submission(a.id(), student, p.answers());
        JsonObject doc = JsonParser.parseString(AnswersWriter.toJson(s)).getAsJsonObject();
        List<PartResult> checked = new ArrayList<>();
        Map<String, PartResult> results = p.results();
        for (Assignment.PartRef ref : a.parts()) {
            PartResult r = results.get(ref.id());
            if (r != null) {
                checked.add(r);
            }
        }
        SubmissionResult r = new SubmissionResult(a.id(), student, checked, List.of());
        doc.add("feedback", JsonParser.parseString(FeedbackJson.toJson(r, Audience.STUDENT)));
        return new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(doc) + "\n";
    }

    private static List<PartResult> results(String json) {
        List<PartResult> out = new ArrayList<>();
        JsonElement fb = JsonParser.parseString(json).getAsJsonObject().get("feedback");
        if (fb == null || !fb.isJsonObject() || !fb.getAsJsonObject().has("parts")) {
            return out;
        }
        for (JsonElement e : fb.getAsJsonObject().getAsJsonArray("parts")) {
            JsonObject o = e.getAsJsonObject();
            List<CellVerdict> cells = new ArrayList<>();
            JsonArray cs = o.has("cells") ? o.getAsJsonArray("cells") : new JsonArray();
            for (JsonElement c : cs) {
                JsonObject co = c.getAsJsonObject();
                cells.add(new CellVerdict(co.get("cell").getAsString(), status(co.get("status").getAsString()),
                        co.get("reason").getAsString(), co.has("detail") ? co.get("detail").getAsString() : ""));
            }
            Verdict v = new Verdict(status(o.get("status").getAsString()), o.get("awarded").getAsDouble(),
                    o.get("possible").getAsDouble(), o.get("reason").getAsString(),
                    o.has("detail") ? o.get("detail").getAsString() : "", cells);
            out.add(new PartResult(o.get("part").getAsString(), o.get("hidden").getAsBoolean(), v));
        }
        return out;
    }

    private static Status status(String key) {
        for (Status s : Status.values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status " + key);
    }

    private static void write(Path target, String text) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(text);
            }
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
