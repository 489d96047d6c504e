package nnwb.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;

/**
 * A {@link Location} on a Hadoop file system ({@code hdfs:}, {@code s3a:}, whatever the cluster's configuration
 * serves), through {@link FileSystem}. Files and folders are written under a temporary sibling name and renamed into
 * place ({@link FileContext#rename} with or without overwrite where the file system has a {@code FileContext}: one
 * atomic step on HDFS; else {@link FileSystem#rename}, checked, since it moves a folder into an existing one).
 * Hadoop links ({@code FileStatus.isSymlink}) are neither read nor written through.
 */
final class HadoopLocation extends Location {

    private static final long serialVersionUID = 1L;

    private final String uri;
    private final HadoopConf conf;

    private HadoopLocation(String uri, HadoopConf conf) {
        this.uri = uri;
        this.conf = conf;
    }

    /**
     * {@code uri} on its file system.
     *
     * @throws SparkJob.BadInput when no file system serves its scheme here
     */
    static HadoopLocation of(URI uri, HadoopConf conf) {
        try {
            FileSystem.getFileSystemClass(uri.getScheme(), conf.get());
        } catch (IOException e) {
            throw new SparkJob.BadInput("no file system for " + uri.getScheme() + ": URIs here (" + uri + "): use a plain path, file:,"
                    + " hdfs: or a scheme the cluster's Hadoop configuration serves (s3a: needs hadoop-aws)");
        }
        String s = uri.toString();
        return new HadoopLocation(s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s, conf);
    }

    private org.apache.hadoop.fs.Path path() {
        return new org.apache.hadoop.fs.Path(uri);
    }

    private FileSystem fs() throws IOException {
        return FileSystem.get(URI.create(uri), conf.get());
    }

    private FileStatus status() throws IOException {
        try {
            return fs().getFileStatus(path());
        } catch (FileNotFoundException e) {
            return null;
        }
    }

    @Override
    Location child(String child) {
        if (child.isEmpty() || child.contains("/") || child.equals(".") || child.equals("..")) {
            throw new IllegalArgumentException("not a name in " + uri + ": " + child);
        }
        return new HadoopLocation(new org.apache.hadoop.fs.Path(path(), child).toString(), conf);
    }

    @Override
    Location parent() {
        org.apache.hadoop.fs.Path p = path().getParent();
        return p == null ? this : new HadoopLocation(p.toString(), conf);
    }

    @Override
    String name() {
        return path().getName();
    }

    @Override
    boolean exists() throws IOException {
        return status() != null;
    }

    @Override
    boolean isFolder() throws IOException {
        FileStatus s = status();
        return s != null && s.isDirectory() && !s.isSymlink();
    }

    @Override
    boolean isFile() throws IOException {
        FileStatus s = status();
        return s != null && s.isFile() && !s.isSymlink();
    }

    @Override
    List<String> list() throws IOException {
        return Arrays.stream(fs().listStatus(path())).map(s -> s.getPath().getName()).sorted().toList();
    }

    @Override
    byte[] read(long limit) throws IOException {
        if (!isFile()) {
            throw new IOException(uri + " is not a regular file");
        }
        try (InputStream in = fs().open(path())) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    @Override
    void mkdirs() throws IOException {
        FileStatus s = status();
        if (s != null && (!s.isDirectory() || s.isSymlink())) {
            throw new IOException(uri + " is not a folder");
        }
        if (s == null && !fs().mkdirs(path())) {
            throw new IOException("cannot create " + uri);
        }
    }

    @Override
    void write(byte[] content) throws IOException {
        FileStatus s = status();
        if (s != null && (!s.isFile() || s.isSymlink())) {
            throw new IOException(uri + (s.isSymlink() ? " is a link; outputs are never written through links" : " is not a file"));
        }
        HadoopLocation tmp = (HadoopLocation) parent().child(temporaryName(name()));
        try {
            try (OutputStream out = fs().create(tmp.path(), false)) {
                out.write(content);
            }
            tmp.renameTo(this);
        } finally {
            tmp.delete();
        }
    }

    @Override
    boolean publish(java.nio.file.Path folder) throws IOException {
        HadoopLocation parent = (HadoopLocation) parent();
        if (!parent.isFolder()) {
            throw new IOException(parent + " is not a folder");
        }
        if (exists()) {
            return false;
        }
        HadoopLocation tmp = (HadoopLocation) parent.child(temporaryName(name()));
        try {
            if (!fs().mkdirs(tmp.path())) {
                throw new IOException("cannot create " + tmp);
            }
            try (Stream<java.nio.file.Path> s = Files.list(folder)) {
                for (java.nio.file.Path f : s.sorted().toList()) {
                    if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                        try (OutputStream out = fs().create(new org.apache.hadoop.fs.Path(tmp.path(), f.getFileName().toString()), false)) {
                            Files.copy(f, out);
                        }
                    }
                }
            }
            return tmp.rename(this, false);
        } finally {
            tmp.delete();
        }
    }

    @Override
    void renameTo(Location target) throws IOException {
        HadoopLocation to = (HadoopLocation) target;
        FileStatus s = to.status();
        if (s != null && (!s.isFile() || s.isSymlink())) {
            throw new IOException(to + (s.isSymlink() ? " is a link; outputs are never written through links" : " is not a file"));
        }
        if (!rename(to, true)) {
            throw new IOException("cannot rename " + uri + " to " + to);
        }
    }

    /** Renames this to {@code to}; false when {@code to} is there and {@code overwrite} is not asked for. */
    private boolean rename(HadoopLocation to, boolean overwrite) throws IOException {
        FileContext fc;
        try {
            fc = FileContext.getFileContext(URI.create(uri), conf.get());
        } catch (IOException | RuntimeException e) {
            fc = null;
        }
        if (fc != null) {
            try {
                fc.rename(path(), to.path(), overwrite ? Options.Rename.OVERWRITE : Options.Rename.NONE);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        }
        // FileSystem.rename moves a folder into an existing one, and does not replace a file: check around it
        if (to.exists()) {
            if (!overwrite) {
                return false;
            }
            to.delete();
        }
        boolean renamed = fs().rename(path(), to.path());
        HadoopLocation nested = (HadoopLocation) to.child(name());
        if (renamed && nested.exists()) {
            nested.delete();
            return false;
        }
        return renamed;
    }

    @Override
    void delete() throws IOException {
        fs().delete(path(), true);
    }

    @Override
    public String toString() {
        return uri;
    }
}
