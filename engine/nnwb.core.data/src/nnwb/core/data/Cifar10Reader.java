package nnwb.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CIFAR-10's binary version from a local folder ({@code data_batch_1.bin} ... {@code data_batch_5.bin},
 * {@code test_batch.bin}, also inside a {@code cifar-10-batches-bin} subfolder): records of one label byte and
 * 3072 pixel bytes (1024 red, 1024 green, 1024 blue, row by row). Bounded: at most {@code limit} examples per split
 * are read, a file whose size is not a whole number of records or a label above 9 is an
 * {@link IllegalArgumentException} naming the file. Pixels are scaled to 0..1.
 */
public final class Cifar10Reader {

    /** Bytes of one record. */
    static final int RECORD = 1 + 3 * 32 * 32;
    public static final List<String> CLASS_NAMES = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");

    private Cifar10Reader() {
    }

    /** Training (the data batches) and test split, at most {@code limit} each, of every class or only {@code category}. */
    public static Dataset read(Path dir, int limit, int category, String spec) {
        Path d = folder(dir);
        List<Path> trainFiles = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Path p = d.resolve("data_batch_" + i + ".bin");
            if (Files.isRegularFile(p)) {
                trainFiles.add(p);
            }
        }
        if (trainFiles.isEmpty()) {
            throw new IllegalArgumentException("cifar10: no data_batch_N.bin in " + dir);
        }
        Path test = d.resolve("test_batch.bin");
        if (!Files.isRegularFile(test)) {
            throw new IllegalArgumentException("cifar10: no test_batch.bin in " + dir);
        }
        ImageSet train = read(trainFiles, limit, category);
        ImageSet val = read(List.of(test), limit, category);
        return new Dataset(spec, "CIFAR-10 from " + dir + (category >= 0 ? " (" + CLASS_NAMES.get(category) + " only)" : "")
                + ": " + train.size() + " training and " + val.size() + " test images", train, val, CLASS_NAMES, List.of());
    }

    /** The folder holding the batches: {@code dir} or its {@code cifar-10-batches-bin}. */
    static Path folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("cifar10: " + dir + " is not a folder");
        }
        Path sub = dir.resolve("cifar-10-batches-bin");
        return Files.isDirectory(sub) ? sub : dir;
    }

    /** Records of {@code files} in order, at most {@code limit}, only of {@code category} when it is 0..9. */
    public static ImageSet read(List<Path> files, int limit, int category) {
        if (limit < 1) {
            throw new IllegalArgumentException("cifar10: limit must be >= 1, got " + limit);
        }
        if (category < -1 || category > 9) {
            throw new IllegalArgumentException("cifar10: category must be 0..9, got " + category);
        }
        List<float[]> images = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        byte[] rec = new byte[RECORD];
        for (Path f : files) {
            try {
                long size = Files.size(f);
                if (size == 0 || size % RECORD != 0) {
                    throw new IllegalArgumentException("cifar10: " + f.getFileName() + " has " + size
                            + " bytes, not a whole number of " + RECORD + "-byte records");
                }
                try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
                    for (long r = 0; r < size / RECORD && images.size() < limit; r++) {
                        if (in.readNBytes(rec, 0, RECORD) != RECORD) {
                            throw new IllegalArgumentException("cifar10: " + f.getFileName() + " ends inside record " + r);
                        }
                        int label = rec[0] & 0xff;
                        if (label > 9) {
                            throw new IllegalArgumentException("cifar10: record " + r + " of " + f.getFileName()
                                    + " has label " + label + " (0..9 expected)");
                        }
                        if (category >= 0 && label != category) {
                            continue;
                        }
                        float[] px = new float[RECORD - 1];
                        for (int j = 0; j < px.length; j++) {
                            px[j] = (rec[j + 1] & 0xff) / 255f;
                        }
                        images.add(px);
                        labels.add(label);
                    }
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cifar10: cannot read " + f.getFileName() + ": " + e.getMessage());
            }
        }
        if (images.isEmpty()) {
            throw new IllegalArgumentException("cifar10: no images" + (category >= 0 ? " of class " + CLASS_NAMES.get(category) : "")
                    + " in " + files.get(0).getParent());
        }
        float[] all = new float[images.size() * (RECORD - 1)];
        int[] y = new int[images.size()];
        for (int i = 0; i < images.size(); i++) {
            System.arraycopy(images.get(i), 0, all, i * (RECORD - 1), RECORD - 1);
            y[i] = labels.get(i);
        }
        return new ImageSet(3, 32, 32, all, y, 1, 10);
    }
}
