package nnwb.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MNIST IDX and CIFAR-10 binary readers on small files written here, and their errors. */
class ReadersTest {

    @TempDir
    Path dir;

    /** An IDX image file of n images rows x cols whose pixel (i, j) of image k is (k + j) % 256. */
    static byte[] idxImages(int n, int rows, int cols) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(b);
        o.writeInt(MnistReader.IMAGES_MAGIC);
        o.writeInt(n);
        o.writeInt(rows);
        o.writeInt(cols);
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < rows * cols; j++) {
                o.writeByte((k + j) % 256);
            }
        }
        return b.toByteArray();
    }

    static byte[] idxLabels(int n) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(b);
        o.writeInt(MnistReader.LABELS_MAGIC);
        o.writeInt(n);
        for (int k = 0; k < n; k++) {
            o.writeByte(k % 10);
        }
        return b.toByteArray();
    }

    static void write(Path p, byte[] data, boolean gz) throws IOException {
        try (OutputStream o = gz ? new GZIPOutputStream(Files.newOutputStream(p)) : Files.newOutputStream(p)) {
            o.write(data);
        }
    }

    /** A folder with MNIST's four files of n training and m test images, 4x5. */
    static Path mnist(Path dir, int n, int m, boolean gz) throws IOException {
        String ext = gz ? ".gz" : "";
        write(dir.resolve("train-images-idx3-ubyte" + ext), idxImages(n, 4, 5), gz);
        write(dir.resolve("train-labels-idx1-ubyte" + ext), idxLabels(n), gz);
        write(dir.resolve("t10k-images-idx3-ubyte" + ext), idxImages(m, 4, 5), gz);
        write(dir.resolve("t10k-labels-idx1-ubyte" + ext), idxLabels(m), gz);
        return dir;
    }

    @Test
    void mnistReadsImagesAndLabelsScaledToOne() throws IOException {
        for (boolean gz : new boolean[] {false, true}) {
            Path d = Files.createDirectories(dir.resolve("m" + gz));
            Dataset ds = MnistReader.read(mnist(d, 12, 7, gz), 100, "mnist:" + d);
            assertEquals(12, ds.train().size());
            assertEquals(7, ds.validation().size());
            assertEquals(1, ds.train().channels());
            assertEquals(4, ds.train().height());
            assertEquals(5, ds.train().width());
            assertEquals(10, ds.classes());
            assertEquals(3, ds.train().label(3));
            assertEquals((3 + 6) / 255f, ds.train().example(3)[6], 1e-7);
        }
    }

    @Test
    void mnistStopsAtTheLimit() throws IOException {
        ImageSet s = MnistReader.read(mnist(dir, 30, 3, false).resolve("train-images-idx3-ubyte"),
                dir.resolve("train-labels-idx1-ubyte"), 8);
        assertEquals(8, s.size());
    }

    @Test
    void mnistErrorsNameTheFileAndTheProblem() throws IOException {
        mnist(dir, 5, 5, false);
        Path im = dir.resolve("train-images-idx3-ubyte");
        Path lb = dir.resolve("train-labels-idx1-ubyte");
        // labels file given as images: wrong magic
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MnistReader.read(lb, lb, 10)).getMessage()
                .contains("not an IDX image file"));
        // count mismatch
        write(lb, idxLabels(4), false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MnistReader.read(im, lb, 10)).getMessage()
                .contains("5 images but"));
        // truncated
        write(lb, idxLabels(5), false);
        byte[] full = idxImages(5, 4, 5);
        write(im, java.util.Arrays.copyOf(full, full.length - 7), false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MnistReader.read(im, lb, 10)).getMessage()
                .contains("ends before"));
        // absurd dimensions are refused before allocating
        write(im, idxImages(0, 1, 1), false);
        byte[] huge = idxImages(0, 1, 1);
        java.nio.ByteBuffer.wrap(huge).putInt(8, 100_000);
        write(im, huge, false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MnistReader.read(im, lb, 10)).getMessage()
                .contains("at most 256x256"));
        // a missing folder or file
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MnistReader.read(dir.resolve("nope"), 5, "x"))
                .getMessage().contains("not a folder"));
        mnist(dir, 5, 5, false);
        Files.delete(dir.resolve("t10k-images-idx3-ubyte"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MnistReader.read(dir, 5, "x")).getMessage()
                .contains("no t10k-images"));
    }

    /** CIFAR-10 records: label k % 10, red plane k, green 100 + k, blue 200 - k (as bytes). */
    static byte[] cifar(int n, int labelOffset) {
        byte[] b = new byte[n * Cifar10Reader.RECORD];
        for (int k = 0; k < n; k++) {
            int o = k * Cifar10Reader.RECORD;
            b[o] = (byte) ((k + labelOffset) % 10);
            for (int j = 0; j < 1024; j++) {
                b[o + 1 + j] = (byte) k;
                b[o + 1 + 1024 + j] = (byte) (100 + k);
                b[o + 1 + 2048 + j] = (byte) (200 - k);
            }
        }
        return b;
    }

    static Path cifarFolder(Path dir, int perBatch) throws IOException {
        Path d = Files.createDirectories(dir.resolve("cifar-10-batches-bin"));
        Files.write(d.resolve("data_batch_1.bin"), cifar(perBatch, 0));
        Files.write(d.resolve("data_batch_2.bin"), cifar(perBatch, 5));
        Files.write(d.resolve("test_batch.bin"), cifar(perBatch, 0));
        return dir;
    }

    @Test
    void cifarReadsPlanesInOrderFromTheBatchesFolder() throws IOException {
        Dataset d = Cifar10Reader.read(cifarFolder(dir, 20), 1000, -1, "cifar10:x");
        assertEquals(40, d.train().size());
        assertEquals(20, d.validation().size());
        assertEquals(3, d.train().channels());
        float[] e = d.train().example(3);
        assertEquals(3 / 255f, e[0], 1e-7);
        assertEquals(103 / 255f, e[1024], 1e-7);
        assertEquals(197 / 255f, e[2048 + 500], 1e-7);
        assertEquals(3, d.train().label(3));
        assertEquals(5, d.train().label(20)); // second batch, labels offset by 5
        assertEquals(Cifar10Reader.CLASS_NAMES, d.classNames());
    }

    @Test
    void cifarKeepsOneCategoryAndStopsAtTheLimit() throws IOException {
        cifarFolder(dir, 30);
        ImageSet horses = Cifar10Reader.read(List.of(dir.resolve("cifar-10-batches-bin/data_batch_1.bin")), 100, 7);
        assertEquals(3, horses.size());
        for (int i = 0; i < horses.size(); i++) {
            assertEquals(7, horses.label(i));
        }
        assertEquals(4, Cifar10Reader.read(List.of(dir.resolve("cifar-10-batches-bin/data_batch_1.bin")), 4, -1).size());
    }

    @Test
    void cifarErrorsNameTheFileAndTheProblem() throws IOException {
        Path f = dir.resolve("data_batch_1.bin");
        Files.write(f, java.util.Arrays.copyOf(cifar(2, 0), 2 * Cifar10Reader.RECORD - 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cifar10Reader.read(List.of(f), 10, -1)).getMessage()
                .contains("not a whole number"));
        byte[] bad = cifar(2, 0);
        bad[Cifar10Reader.RECORD] = 12;
        Files.write(f, bad);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cifar10Reader.read(List.of(f), 10, -1)).getMessage()
                .contains("label 12"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cifar10Reader.read(dir, 10, -1, "x")).getMessage()
                .contains("test_batch.bin"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Cifar10Reader.read(dir.resolve("none"), 10, -1, "x"))
                .getMessage().contains("not a folder"));
    }

    @Test
    void imageSetRejectsLabelsOutOfRangeAndPartialExamples() {
        assertThrows(IllegalArgumentException.class, () -> new ImageSet(1, 2, 2, new float[8], new int[] {0, 3}, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> new ImageSet(1, 2, 2, new float[7], new int[] {0, 1}, 1, 3));
        ImageSet s = new ImageSet(1, 2, 2, new float[] {1, 2, 3, 4, 5, 6, 7, 8}, new int[] {0, 2}, 1, 3);
        assertArrayEquals(new float[] {5, 6, 7, 8}, s.subset(new int[] {1}).pixels());
    }
}
