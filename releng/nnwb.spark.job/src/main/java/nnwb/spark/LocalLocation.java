package nnwb.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import nnwb.core.assignment.OutputFiles;

/**
 * A {@link Location} on this machine's file system: files are written by the grader's {@link OutputFiles} (temporary
 * name, rename, links refused), folders published by one rename, nothing read or written through a link. A task on
 * another machine sees this path on its own disk: the job's output must then be a folder every node shares.
 */
final class LocalLocation extends Location {

    private static final long serialVersionUID = 1L;
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final String path;

    LocalLocation(Path path) {
        this.path = path.toString();
    }

    Path path() {
        return Path.of(path);
    }

    @Override
    Location child(String child) {
        Path c = path().resolve(child).normalize();
        if (!path().equals(c.getParent())) {
            throw new IllegalArgumentException("not a name in " + path + ": " + child);
        }
        return new LocalLocation(c);
    }

    @Override
    Location parent() {
        Path p = path().getParent();
        return new LocalLocation(p == null ? path() : p);
    }

    @Override
    String name() {
        Path n = path().getFileName();
        return n == null ? path : n.toString();
    }

    @Override
    boolean exists() {
        return Files.exists(path(), NOFOLLOW);
    }

    @Override
    boolean isFolder() {
        return Files.isDirectory(path(), NOFOLLOW);
    }

    @Override
    boolean isFile() {
        return Files.isRegularFile(path(), NOFOLLOW);
    }

    @Override
    List<String> list() throws IOException {
        try (Stream<Path> s = Files.list(path())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Override
    byte[] read(long limit) throws IOException {
        if (!isFile()) {
            throw new IOException(path + " is not a regular file");
        }
        try (InputStream in = Files.newInputStream(path(), NOFOLLOW)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    @Override
    void mkdirs() throws IOException {
        OutputFiles.folder(path());
    }

    @Override
    void write(byte[] content) throws IOException {
        OutputFiles.write(path(), content);
    }

    @Override
    boolean publish(Path folder) throws IOException {
        Path target = path();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent, NOFOLLOW)) {
            throw new IOException(parent + " is not a folder on " + host() + ": the output must be a folder every node of"
                    + " the cluster shares (hdfs://..., a shared mount)");
        }
        if (exists()) {
            return false;
        }
        Path tmp = parent.resolve(temporaryName(name()));
        Files.createDirectory(tmp);
        try {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path f : s.sorted().toList()) {
                    if (Files.isRegularFile(f, NOFOLLOW)) {
                        Files.copy(f, tmp.resolve(f.getFileName().toString()), NOFOLLOW);
                    }
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                return false;
            }
        } finally {
            new LocalLocation(tmp).delete();
        }
    }

    @Override
    void renameTo(Location target) throws IOException {
        Path to = ((LocalLocation) target).path();
        String why = OutputFiles.whyNotWritable(to);
        if (why != null) {
            throw new IOException(to.getFileName() + " " + why);
        }
        if (!isFile()) {
            throw new IOException(path + " is not a regular file");
        }
        Files.move(path(), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    void delete() throws IOException {
        Path p = path();
        if (!Files.exists(p, NOFOLLOW)) {
            return;
        }
        if (!Files.isDirectory(p, NOFOLLOW)) {
            Files.deleteIfExists(p);
            return;
        }
        // Files.walk does not follow links: a link inside is deleted itself, never what it points to
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this node";
        }
    }

    @Override
    public String toString() {
        return path;
    }
}
