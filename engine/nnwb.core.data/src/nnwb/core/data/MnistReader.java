package nnwb.core.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST's IDX files from a local folder: {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte}, each also accepted gzipped ({@code .gz}) or
 * with a dot before {@code idx} as some mirrors name them. Bounded: at most {@code limit} examples per file are
 * read, images may not exceed 256x256, and a short, oversized or mislabelled file is an
 * {@link IllegalArgumentException} naming the file and what is wrong. Pixels are scaled to 0..1.
 */
public final class MnistReader {

    /** IDX magic numbers: unsigned bytes, 3 dimensions (images) and 1 dimension (labels). */
    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;
    /** Largest image side accepted. */
    static final int MAX_SIDE = 256;

    private MnistReader() {
    }

    /** The training and test split from {@code dir}, at most {@code limit} examples of each. */
    public static Dataset read(Path dir, int limit, String spec) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("mnist: " + dir + " is not a folder");
        }
        ImageSet train = read(find(dir, "train-images"), find(dir, "train-labels"), limit);
        ImageSet test = read(find(dir, "t10k-images"), find(dir, "t10k-labels"), limit);
        return new Dataset(spec, "MNIST from " + dir + ": " + train.size() + " training and " + test.size()
                + " test images", train, test, List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), List.of());
    }

    /** One images file and its labels file, at most {@code limit} examples. */
    public static ImageSet read(Path images, Path labels, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("mnist: limit must be >= 1, got " + limit);
        }
        try (DataInputStream im = open(images); DataInputStream lb = open(labels)) {
            int magic = im.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new IllegalArgumentException(String.format("mnist: %s is not an IDX image file (magic 0x%08x, expected 0x%08x)",
                        images.getFileName(), magic, IMAGES_MAGIC));
            }
            int count = im.readInt();
            int rows = im.readInt();
            int cols = im.readInt();
            if (count < 0 || rows < 1 || cols < 1 || rows > MAX_SIDE || cols > MAX_SIDE) {
                throw new IllegalArgumentException("mnist: " + images.getFileName() + " declares " + count + " images of "
                        + rows + "x" + cols + " (at most " + MAX_SIDE + "x" + MAX_SIDE + ")");
            }
            int lmagic = lb.readInt();
            if (lmagic != LABELS_MAGIC) {
                throw new IllegalArgumentException(String.format("mnist: %s is not an IDX label file (magic 0x%08x, expected 0x%08x)",
                        labels.getFileName(), lmagic, LABELS_MAGIC));
            }
            int lcount = lb.readInt();
            if (lcount != count) {
                throw new IllegalArgumentException("mnist: " + images.getFileName() + " has " + count + " images but "
                        + labels.getFileName() + " has " + lcount + " labels");
            }
            int n = Math.min(count, limit);
            if (n == 0) {
                throw new IllegalArgumentException("mnist: " + images.getFileName() + " holds no images");
            }
            int area = rows * cols;
            float[] px = new float[n * area];
            int[] y = new int[n];
            byte[] buf = new byte[area];
            for (int i = 0; i < n; i++) {
                im.readFully(buf);
                for (int j = 0; j < area; j++) {
                    px[i * area + j] = (buf[j] & 0xff) / 255f;
                }
                int label = lb.readUnsignedByte();
                if (label > 9) {
                    throw new IllegalArgumentException("mnist: label " + label + " of example " + i + " in "
                            + labels.getFileName() + " is not a digit");
                }
                y[i] = label;
            }
            return new ImageSet(1, rows, cols, px, y, 1, 10);
        } catch (EOFException e) {
            throw new IllegalArgumentException("mnist: " + images.getFileName() + " or " + labels.getFileName()
                    + " ends before the examples it declares");
        } catch (IOException e) {
            throw new IllegalArgumentException("mnist: cannot read " + images.getFileName() + ": " + e.getMessage());
        }
    }

    /** The file of {@code stem} in {@code dir} under any of its usual names. */
    static Path find(Path dir, String stem) {
        String kind = stem.endsWith("images") ? "idx3-ubyte" : "idx1-ubyte";
        for (String name : new String[] {stem + "-" + kind, stem + "." + kind, stem + "-" + kind + ".gz",
            stem + "." + kind + ".gz"}) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalArgumentException("mnist: no " + stem + "-" + kind + "[.gz] in " + dir);
    }

    private static DataInputStream open(Path p) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
        if (p.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new DataInputStream(in);
    }
}
