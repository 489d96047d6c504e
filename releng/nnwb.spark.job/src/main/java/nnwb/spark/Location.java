package nnwb.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A file or folder the job reads or writes, on the driver or in a task (serializable, so a task gets its output
 * folder): a plain path or a {@code file:} URI on this machine ({@link LocalLocation}), or a URI of any file system the
 * cluster's Hadoop knows, {@code hdfs:}, {@code s3a:}... ({@link HadoopLocation}). Writes are atomic: a file or a whole folder is written
 * under a temporary sibling name ({@code .NAME.HEX16.tmp}) and renamed into place, so a reader never sees half of one,
 * and links are never followed.
 */
abstract class Location implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The temporary names of {@link #write}, {@link #publish} and {@code OutputFiles}: {@code .NAME.HEX16.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.[0-9a-f]{16}\\.tmp");

    /** The location named {@code child} inside this folder ({@code child} is one safe name, never a path). */
    abstract Location child(String child);

    /** The folder this is in. */
    abstract Location parent();

    /** The last name of this location. */
    abstract String name();

    /** Whether something is here (a link counts, unfollowed). */
    abstract boolean exists() throws IOException;

    /** Whether this is a folder (not a link to one). */
    abstract boolean isFolder() throws IOException;

    /** Whether this is a regular file (not a link to one). */
    abstract boolean isFile() throws IOException;

    /** The names inside this folder, sorted. */
    abstract List<String> list() throws IOException;

    /** The content of this file, at most {@code limit} bytes plus one (so that a caller sees it is longer). */
    abstract byte[] read(long limit) throws IOException;

    /** Creates this folder and its parents unless it is one; refuses a link or a file. */
    abstract void mkdirs() throws IOException;

    /** Writes {@code content} here atomically, replacing a regular file; refuses a link, a folder or a device. */
    abstract void write(byte[] content) throws IOException;

    /**
     * Copies the files of {@code folder} (a local folder of regular files) here as a new folder, atomically: into a
     * temporary sibling, renamed into place. Returns false, and leaves what is here, when something already is (another
     * attempt of the same task finished first). The parent folder must exist: a task never creates it, so that
     * an executor that does not see the job's output folder fails instead of writing somewhere else.
     */
    abstract boolean publish(Path folder) throws IOException;

    /** Renames this file to {@code target} (a file in the same folder) atomically, replacing a regular file there. */
    abstract void renameTo(Location target) throws IOException;

    /** Deletes this file, or this folder with everything in it; nothing when nothing is here; never follows a link. */
    abstract void delete() throws IOException;

    /** Removes the temporaries left in this folder by writes that never finished (a killed task); returns their names. */
    List<String> removeLeftovers() throws IOException {
        if (!isFolder()) {
            return List.of();
        }
        List<String> removed = new java.util.ArrayList<>();
        for (String n : list()) {
            if (temporary(n)) {
                child(n).delete();
                removed.add(n);
            }
        }
        return removed;
    }

    /** Whether {@code name} is one of the temporary names of an unfinished write. */
    static boolean temporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }

    /** A fresh temporary name for {@code name}. */
    static String temporaryName(String name) {
        return "." + name + "." + HexFormat.of().toHexDigits(RANDOM.nextLong()) + ".tmp";
    }

    /** A scheme of two or more letters ({@code C:} stays a path). */
    private static final Pattern URI = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]+):.*");

    /** Whether {@code arg} is a URI rather than a plain path. */
    static boolean isUri(String arg) {
        return URI.matcher(arg).matches();
    }

    /**
     * {@code arg} as a location: a plain path (made absolute here) or a {@code file:} URI on this machine, else a
     * Hadoop file system URI.
     *
     * @throws SparkJob.BadInput when {@code arg} names a scheme no Hadoop file system here serves
     */
    static Location of(String arg, HadoopConf conf) {
        java.util.regex.Matcher m = URI.matcher(arg);
        if (!m.matches()) {
            return new LocalLocation(Path.of(arg).toAbsolutePath().normalize());
        }
        java.net.URI uri;
        try {
            uri = new java.net.URI(arg).normalize();
        } catch (java.net.URISyntaxException e) {
            throw new SparkJob.BadInput("not a URI: " + arg + " (" + e.getReason() + ")");
        }
        if (uri.getScheme().equalsIgnoreCase("file")) {
            return new LocalLocation(Path.of(uri.getPath()).toAbsolutePath().normalize());
        }
        return HadoopLocation.of(uri, conf);
    }

    /** A plain path on this machine, made absolute. */
    static Location of(String path) {
        return new LocalLocation(Path.of(path).toAbsolutePath().normalize());
    }
}
