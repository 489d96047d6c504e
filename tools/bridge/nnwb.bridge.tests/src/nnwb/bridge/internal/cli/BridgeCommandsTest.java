package nnwb.bridge.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nnwb.cli.Cli;
import nnwb.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnwb import} and {@code nnwb export} through the command line's own runner: output, JSON keys, exit codes. */
class BridgeCommandsTest {

    @TempDir
    Path dir;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private int run(String... argv) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        Cli cli = new Cli(List.of(new ImportCommand(), new ExportCommand()));
        return cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path mlp() throws Exception {
        Path p = dir.resolve("small_mlp.onnx");
        try (InputStream in = getClass().getResourceAsStream("small_mlp_opset17.onnx")) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    @SuppressWarnings("unchecked")
    void importWritesTheNnetAndDescribesItInJson() throws Exception {
        Path nnet = dir.resolve("mlp.nnet");
        assertEquals(0, run("import", mlp().toString(), "--out", nnet.toString(), "--json"), this::stderr);
        assertEquals("", stderr());
        Map<String, Object> m = (Map<String, Object>) Json.parse(stdout());
        assertEquals(Set.of("file", "out", "network", "opset", "producer", "input", "batchDimension", "params", "output", "layers", "nnet"),
                m.keySet());
        assertEquals(20 * 16 + 16 + 16 * 8 + 8 + 8 * 3 + 3, ((Number) m.get("params")).longValue());
        assertEquals("3", m.get("output"));
        assertEquals("batch", m.get("batchDimension"));
        Map<String, Object> first = ((List<Map<String, Object>>) m.get("layers")).get(0);
        assertEquals(Set.of("name", "kind", "onnxNodes", "onnxOps"), first.keySet());
        assertEquals("fc1", first.get("name"));
        assertEquals(List.of("Gemm"), first.get("onnxOps"));
        assertEquals(m.get("nnet"), Files.readString(nnet));
    }

    @Test
    void importWithoutOutPrintsTheNnet() throws Exception {
        assertEquals(0, run("import", mlp().toString()), this::stderr);
        assertTrue(stdout().contains("network small_mlp\ninput features=20\n\nfc1: fc 16\nact1: sigmoid\n"), stdout());
    }

    @Test
    void aBadFileIsOneLineAndExitTwo() throws Exception {
        Path text = dir.resolve("notes.onnx");
        Files.writeString(text, "this is not a model\n");
        assertEquals(2, run("import", text.toString()));
        assertEquals("", stdout());
        assertEquals(1, stderr().strip().lines().count(), stderr());
        assertTrue(stderr().contains(text + ": not "), stderr());
        assertEquals(2, run("import", dir.resolve("missing.onnx").toString()));
        assertTrue(stderr().contains("no such file"), stderr());
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportWritesPythonAndDescribesItInJson() throws Exception {
        Path py = dir.resolve("lenet.py");
        assertEquals(0, run("export", "--template", "lenet5", "--to", "pytorch", "--out", py.toString(), "--json"), this::stderr);
        Map<String, Object> m = (Map<String, Object>) Json.parse(stdout());
        assertEquals(Set.of("to", "out", "network", "params", "output", "python"), m.keySet());
        assertEquals(61706L, ((Number) m.get("params")).longValue());
        assertEquals(m.get("python"), Files.readString(py));
        assertTrue(Files.readString(py).contains("import torch.nn as nn"));
    }

    @Test
    void exportNeedsAKnownTarget() {
        assertEquals(2, run("export", "--template", "lenet5", "--to", "keras"));
        assertTrue(stderr().contains("unknown target 'keras' (known: pytorch)"), stderr());
    }

    @Test
    void aModelWithErrorsNamesTheFileAndTheLine() throws Exception {
        Path nnet = dir.resolve("bad.nnet");
        Files.writeString(nnet, "network bad\ninput 8x8x1\nconv 4 3 padding=9x\n");
        assertEquals(2, run("export", nnet.toString(), "--to", "pytorch"));
        assertTrue(stderr().contains("bad.nnet: the model has errors: line 3: "), stderr());
        assertEquals(1, stderr().strip().lines().count(), stderr());
    }
}
