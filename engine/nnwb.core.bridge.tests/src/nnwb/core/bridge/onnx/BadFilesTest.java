package nnwb.core.bridge.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import nnwb.core.bridge.Fixtures;
import nnwb.core.bridge.imports.ImportException;
import nnwb.core.bridge.imports.OnnxImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not importable models get one line saying why, quickly, without reading what they do not need. */
class BadFilesTest {

    private static OnnxFormatException unreadable(byte[] bytes, OnnxLimits limits) {
        return assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(OnnxFormatException.class, () -> OnnxReader.read(bytes, limits)));
    }

    private static void oneLine(Exception e) {
        assertFalse(e.getMessage().isBlank());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void aTextFileIsNotAnOnnxModel() {
        OnnxFormatException e = unreadable("network edge-cnn\ninput 28x28x1\nCONV3-10\n".getBytes(StandardCharsets.UTF_8), OnnxLimits.DEFAULT);
        oneLine(e);
        assertTrue(e.getMessage().startsWith("not "), e.getMessage());
    }

    @Test
    void randomBytesAreNotAnOnnxModel() {
        Random r = new Random(28);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[1 + r.nextInt(4096)];
            r.nextBytes(b);
            oneLine(unreadable(b, OnnxLimits.DEFAULT));
        }
    }

    @Test
    void anEmptyFileSaysSo() {
        assertEquals("not an ONNX model: the file is empty", unreadable(new byte[0], OnnxLimits.DEFAULT).getMessage());
    }

    @Test
    void everyTruncationOfARealModelIsOneLine() {
        byte[] whole = Fixtures.bytes("resnet18.onnx");
        for (int cut = 1; cut < whole.length; cut += 97) {
            OnnxFormatException e = unreadable(Arrays.copyOf(whole, cut), OnnxLimits.DEFAULT);
            oneLine(e);
        }
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.onnx");
        Files.write(big, new byte[4096]);
        OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> OnnxReader.read(big, OnnxLimits.DEFAULT.withMaxFileBytes(1000)));
        assertEquals("the file has 4096 bytes, more than the 1000 an import reads; the import needs no weights:"
                + " export with torch.onnx.export(..., export_params=False)", e.getMessage());
    }

    @Test
    void aGraphAboveTheNodeLimitIsRefused() {
        OnnxLimits few = new OnnxLimits(1L << 30, 10, 100_000, 1000, 65_536, 16, 65_536, 4096);
        OnnxFormatException e = unreadable(Fixtures.bytes("resnet18.onnx"), few);
        assertEquals("the graph has more than 10 nodes", e.getMessage());
    }

    @Test
    void aModelWithoutAGraphIsNotAnOnnxModel() {
        assertEquals("not an ONNX model: no graph", unreadable(ModelBytes.model(8, 14, null), OnnxLimits.DEFAULT).getMessage());
    }

    @Test
    void tooOldAndTooNewOpsetsAreNamed() throws Exception {
        OnnxModel old = OnnxReader.read(ModelBytes.reluModel(7), OnnxLimits.DEFAULT);
        ImportException e = assertThrows(ImportException.class, () -> OnnxImport.convert(old, "m", "m.onnx"));
        assertEquals("opset 7 is too old: the import reads opsets 9 to 21 (export again with torch.onnx.export(..., opset_version=14))",
                e.getMessage());
        OnnxModel future = OnnxReader.read(ModelBytes.reluModel(99), OnnxLimits.DEFAULT);
        e = assertThrows(ImportException.class, () -> OnnxImport.convert(future, "m", "m.onnx"));
        assertEquals("opset 99 is too new: the import reads opsets 9 to 21 (export with torch.onnx.export(..., opset_version=14))",
                e.getMessage());
    }

    @Test
    void aHandWrittenModelReadsFieldByField() throws Exception {
        OnnxModel m = OnnxReader.read(ModelBytes.reluModel(13), OnnxLimits.DEFAULT);
        assertEquals(8, m.irVersion());
        assertEquals(13, m.opset());
        assertEquals("test", m.producer());
        assertEquals("Relu", m.graph().nodes().get(0).opType());
        assertEquals("[batch, 4]", m.graph().inputs().get(0).dims().toString());
        assertEquals("input features=4\n\nrelu: relu\n",
                OnnxImport.convert(m, "m", "m.onnx").nnet().replaceAll("(?s)^.*network m\n", ""));
    }
}
