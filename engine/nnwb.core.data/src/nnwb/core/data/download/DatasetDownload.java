package nnwb.core.data.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nnwb.core.data.download.DownloadException.Kind;

/**
 * Gets a public dataset into a folder: every file of it from the mirror (resumed, verified), and CIFAR-10's archive
 * unpacked into {@code cifar-10-batches-bin/} where {@code Cifar10Reader} reads it. MNIST's gzipped IDX files are read
 * as they are.
 */
public final class DatasetDownload {

    /**
     * What a get did.
     *
     * @param dataset  {@code mnist} or {@code cifar10}
     * @param dir      the folder the readers read
     * @param files    one outcome per file, in order
     * @param unpacked files unpacked from archives, relative to {@code dir}
     */
    public record Result(String dataset, Path dir, List<Download.Outcome> files, List<Path> unpacked) {

        /** Bytes transferred in all. */
        public long downloaded() {
            return files.stream().mapToLong(Download.Outcome::downloaded).sum();
        }
    }

    private DatasetDownload() {
    }

    /** Gets {@code dataset} into {@code dir} from {@code mirror}, telling {@code progress}. */
    public static Result get(String dataset, Path dir, Mirror mirror, Progress progress) throws DownloadException {
        String name = KnownDatasets.canonical(dataset);
        List<Download.Outcome> outcomes = new ArrayList<>();
        for (RemoteFile f : mirror.files(name)) {
            outcomes.add(Download.fetch(mirror.url(name, f), f, dir, progress));
        }
        List<Path> unpacked = new ArrayList<>();
        if (KnownDatasets.unpacks(name)) {
            for (Download.Outcome o : outcomes) {
                try {
                    unpacked.addAll(TarGz.unpack(o.path(), dir));
                } catch (IOException e) {
                    throw new DownloadException(Kind.LOCAL, "cannot unpack " + o.file().name() + " into " + dir + ": "
                            + e.getMessage());
                }
            }
            if (!Files.isRegularFile(dir.resolve("cifar-10-batches-bin").resolve("test_batch.bin"))) {
                throw new DownloadException(Kind.LOCAL, outcomes.get(0).file().name()
                        + " holds no cifar-10-batches-bin/test_batch.bin: not CIFAR-10's binary version");
            }
        }
        return new Result(name, dir, outcomes, unpacked);
    }
}
