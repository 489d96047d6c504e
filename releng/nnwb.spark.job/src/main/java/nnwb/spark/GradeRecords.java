package nnwb.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.google.gson.Gson;

import nnwb.core.assignment.AnswersFile;
import nnwb.core.assignment.BatchGrader;
import nnwb.core.assignment.SafeFileNames;

/**
 * What a grading task keeps of each answers file so that a resubmitted job need not grade it again: the file's grade
 * (as {@link BatchGrader#grade} returned it), the feedback file written for it, and the plugin jar's hash. One JSON
 * file per answers file in the job's records folder, named from the file's name and a hash of its content, so an
 * answers file that changed is graded again, and so is every file when the plugin changed. The records hold the
 * instructor's view (hidden keys included): they sit beside the grade sheet, never in the feedback folder. Plain JSON
 * read into the grade's own records, never Java serialization: a record file is data, not code.
 */
final class GradeRecords {

    private static final Gson GSON = new Gson();

    /**
     * A record.
     *
     * @param plugin   the SHA-256 of the plugin jar that graded it
     * @param feedback the feedback file's name in the feedback folder, or null when the file was not graded
     * @param grade    the grade
     */
    record Stored(String plugin, String feedback, BatchGrader.FileGrade grade) {
    }

    private GradeRecords() {
    }

    /** The record's file name for {@code f}, or null for a file that could not be read (it is graded again, cheaply). */
    static String name(AnswersFile f) {
        return f.bytes() == null ? null : SafeFileNames.stem(f.name()) + "-" + sha256(f.bytes()).substring(0, 16) + ".grade.json";
    }

    static byte[] write(Stored s) {
        return GSON.toJson(s).getBytes(StandardCharsets.UTF_8);
    }

    /** The record in {@code json}, or null when it is not one (a damaged record only costs grading the file again). */
    static Stored read(byte[] json) {
        try {
            Stored s = GSON.fromJson(new String(json, StandardCharsets.UTF_8), Stored.class);
            return s == null || s.plugin() == null || s.grade() == null || s.grade().file() == null ? null : s;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
