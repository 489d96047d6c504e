package nnwb.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nnwb.core.assignment.AnswersFile;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.check.Echo;
import nnwb.core.check.Limits;

/**
 * The answers files of a submissions folder on a Hadoop file system, laid out and named as
 * {@link BatchGrader#submissionFiles} and {@link AnswersFile#load} do on this machine: the {@code *.json} entries
 * directly inside, then those of each student's folder, by name; each read within the grader's limits, or its one-line
 * problem (not a regular file, too big).
 */
final class StoredSubmissions {

    private StoredSubmissions() {
    }

    /** The files of {@code dir}, leaving out the job's own {@code outputs} (their URIs). */
    static List<AnswersFile> load(Location dir, Set<String> outputs, Limits limits) throws IOException {
        List<AnswersFile> files = new ArrayList<>();
        List<Location> folders = new ArrayList<>();
        for (String n : dir.list()) {
            Location l = dir.child(n);
            if (outputs.contains(l.toString())) {
                continue;
            }
            if (n.endsWith(".json")) {
                files.add(file(l, null, limits));
            } else if (l.isFolder()) {
                folders.add(l);
            }
        }
        for (Location folder : folders) {
            for (String n : folder.list()) {
                Location l = folder.child(n);
                if (n.endsWith(".json") && !outputs.contains(l.toString())) {
                    files.add(file(l, folder.name(), limits));
                }
            }
        }
        return files;
    }

    private static AnswersFile file(Location file, String folder, Limits limits) throws IOException {
        String name = display(folder, file.name());
        Path place = folder == null ? Path.of("/submissions", file.name()) : Path.of("/submissions", folder, file.name());
        String id = AnswersFile.nameId(place, Path.of("/submissions"));
        if (!file.isFile()) {
            return new AnswersFile(name, id, null, "not a regular file");
        }
        byte[] bytes = file.read(limits.maxFileBytes());
        if (bytes.length > limits.maxFileBytes()) {
            return new AnswersFile(name, id, null, "answers file is more than " + limits.maxFileBytes() + " bytes; at most "
                    + limits.maxFileBytes() + " allowed");
        }
        return new AnswersFile(name, id, bytes, null);
    }

    private static String display(String folder, String file) {
        String s = Echo.oneLine(file);
        if (folder != null) {
            s = Echo.oneLine(folder) + "/" + s;
        }
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
