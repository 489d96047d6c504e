package nnwb.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nnwb.cli.Cli;
import nnwb.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        Cli cli = new Cli(List.of(new AnalyzeCommand()));
        return cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> json() {
        return (Map<String, Object>) Json.parse(stdout());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    private static long num(Object o) {
        return ((Number) o).longValue();
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void templateJsonHasTorchvisionsParameterCount() {
        assertEquals(0, run("analyze", "--template", "resnet18", "--json"), stderr());
        Map<String, Object> j = json();
        assertEquals(11_689_512L, num(map(j, "totals").get("params")));
        assertTrue(((List<?>) j.get("layers")).size() > 60);
        Map<String, Object> training = map(map(j, "memory"), "trainingBytes");
        assertTrue(num(training.get("adam")) > num(training.get("momentum")));
        assertTrue(num(training.get("momentum")) > num(training.get("sgd")));
    }

    @Test
    void setChangesSymbols() {
        assertEquals(0, run("analyze", "--template", "resnet152", "--set", "classes=10", "--set", "size=32", "--json"), stderr());
        assertEquals(58_164_298L, num(map(json(), "totals").get("params")));
    }

    @Test
    void anUnknownSymbolExitsTwoNamingTheModelsSymbols() {
        assertEquals(2, run("analyze", "--template", "mlp", "--set", "width=5", "--json"));
        String e = stderr();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains("no symbol 'width'") && e.contains("K, L, n (the batch size)"), e);
    }

    @Test
    void setNIsTheBatchSize() {
        assertEquals(0, run("analyze", "--template", "mlp", "--set", "n=5", "--json"), stderr());
        assertEquals(5L, num(json().get("batch")));
    }

    @Test
    void symbolicMlpPrintsFormulas() {
        assertEquals(0, run("analyze", "--template", "mlp", "--symbolic", "--json"), stderr());
        Map<String, Object> j = json();
        assertEquals("n·K²·L", map(j, "totals").get("macs"));
        assertEquals("2·n·K²·L", map(j, "totals").get("backwardMults"));
        assertEquals("4·K²·L + 8·n·K", map(j, "memory").get("inferenceBytes"));
    }

    @Test
    void batchAndDtypeScaleTheBytes() throws IOException {
        Path f = file("net.nnet", "input 10\nfc 4\n");
        assertEquals(0, run("analyze", f.toString(), "--batch", "8", "--dtype", "fp16", "--json"), stderr());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> layers = (List<Map<String, Object>>) json().get("layers");
        assertEquals(8L * 4 * 2, num(layers.get(1).get("activationBytes")));
        assertEquals(8L * 40, num(layers.get(1).get("macs")));
        assertEquals("fp16", json().get("dtype"));
    }

    @Test
    void tableWithoutJson() throws IOException {
        Path f = file("berkeley.nnet", "input 28x28x1\nCONV3-10\nPOOL2\nCONV3-10\nPOOL2\nFLATTEN\nFC-3\n");
        assertEquals(0, run("analyze", f.toString()), stderr());
        String t = stdout();
        assertTrue(t.contains("layer"), t);
        assertTrue(t.contains("14 × 14 × 10"), t);
        assertTrue(t.contains("1,473"), t);
        assertTrue(t.contains("train Adam"), t);
    }

    @Test
    void modelErrorsExitTwoNamingFileLineAndColumn() throws IOException {
        Path f = file("bad.nnet", "input channels=3 size=8\nconv 4 3\n  maxpol 2\n");
        assertEquals(2, run("analyze", f.toString()));
        String e = stderr();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains(f + ":3:3: unknown layer kind 'maxpol'"), e);
        assertEquals("", stdout());
    }

    @Test
    void modelErrorsWithJsonStillPrintTheFindings() throws IOException {
        Path f = file("bad.nnet", "input 4\nadd input nothing\n");
        assertEquals(2, run("analyze", f.toString(), "--json"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> findings = (List<Map<String, Object>>) json().get("findings");
        assertEquals(2L, num(findings.get(0).get("line")));
        assertTrue(stderr().contains("bad.nnet:2:11:"), stderr());
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("analyze"));
        assertTrue(stderr().contains("missing FILE"), stderr());
        assertEquals(2, run("analyze", "--template", "resnet9"));
        assertTrue(stderr().contains("unknown template 'resnet9'"), stderr());
        assertEquals(2, run("analyze", "--template", "mlp", "--dtype", "fp64"));
        assertEquals(2, run("analyze", "--template", "mlp", "--set", "K"));
        assertEquals(2, run("analyze", "--template", "mlp", "--batch", "0"));
        assertEquals(2, run("analyze", "--template", "mlp", "--bogus", "1"));
        assertEquals(2, run("analyze", dir.resolve("missing.nnet").toString()));
        assertTrue(stderr().contains("missing.nnet' does not exist"), stderr());
    }

    /** The last line on stderr after running {@code analyze FILE}, which must exit 2 with exactly one line. */
    private String refused(Path file) {
        err.reset();
        assertEquals(2, run("analyze", file.toString()), stderr());
        assertEquals(1, stderr().strip().lines().count(), stderr());
        return stderr().strip();
    }

    @Test
    void specialHugeAndBinaryFilesAreRefusedInOneLine() throws IOException {
        assertTrue(refused(Path.of("/dev/zero")).endsWith("'/dev/zero' is not a regular file (a device or a pipe)"), stderr());
        Path preset = Files.createSymbolicLink(dir.resolve("preset.nnet"), Path.of("/dev/zero"));
        assertTrue(refused(preset).endsWith("preset.nnet' is not a regular file (a device or a pipe)"), stderr());
        assertTrue(refused(dir).endsWith("is a folder, not a file"), stderr());
        Path lines = file("lines.nnet", "input 4\n" + "fc 100\n".repeat(200_000));
        assertTrue(refused(lines).endsWith("lines.nnet' is larger than 1048576 bytes"), stderr());
        Path manyLines = file("many.nnet", "input 4\n" + "\n".repeat(100_000));
        assertTrue(refused(manyLines).endsWith("many.nnet' has more than 20000 lines"), stderr());
        Path binary = dir.resolve("model.bin");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0x80});
        assertTrue(refused(binary).endsWith("model.bin' is not UTF-8 text (a binary file?)"), stderr());
    }

    @Test
    void aNumberWithAnExponentIsAnErrorNotASymbol() throws IOException {
        Path f = file("e.nnet", "symbol a=1e400\ninput a\nfc 2\n");
        String line = refused(f);
        assertTrue(line.endsWith("e.nnet:1:10: '1e400' is not a number here: write whole numbers such as 1000000 "
                + "(no exponents or units)"), line);
    }

    @Test
    void aModelBombIsOneErrorNotAHang() throws IOException {
        Path f = file("bomb.nnet", "input 8\nblock b1\n  fc 8\n  relu\nend\nblock b2\n  b1 repeat=10000\nend\n"
                + "block b3\n  b2 repeat=10000\nend\nb3 repeat=10000\n");
        assertTrue(refused(f).contains("the model expands to more than 20000 layers"), stderr());
    }

    @Test
    void helpListsOptionsAndTemplates() {
        assertEquals(0, run("analyze", "--help"));
        String u = stdout();
        assertTrue(u.startsWith("Usage: nnwb analyze"), u);
        assertTrue(u.contains("[FILE]"), u);
        assertTrue(u.contains("--template=NAME"), u);
        assertTrue(u.contains("resnet152"));
        assertTrue(u.contains("--dtype"));
        AnalyzeCommand c = new AnalyzeCommand();
        assertEquals("analyze", c.name());
    }

    @Test
    void jsonKeepsTheTextbookKeysAndAddsEveryConvention() {
        assertEquals(0, run("analyze", "--template", "edge-cnn", "--batch", "16", "--json"), stderr());
        Map<String, Object> memory = map(json(), "memory");
        Map<String, Object> conventions = map(memory, "conventions");
        assertEquals(List.of("textbook", "pytorch", "dl4j"), List.copyOf(conventions.keySet()));
        assertEquals(memory.get("trainingBytes"), map(conventions, "textbook").get("trainingBytes"));
        assertEquals(memory.get("inferenceBytes"), map(conventions, "textbook").get("inferenceBytes"));
        // edge CNN, batch 16, Adam: what autograd keeps, as releng/bench/pytorch_memory.py measures it
        Map<String, Object> pytorch = map(conventions, "pytorch");
        assertEquals(1_187_852L, num(map(pytorch, "trainingBytes").get("adam")));
        assertTrue(((String) pytorch.get("derivation")).contains("max-pooling indices"));
        assertTrue(num(map(map(conventions, "dl4j"), "trainingBytes").get("sgd")) > 0);
    }

    @Test
    void conventionPrintsThatConventionsTable() {
        assertEquals(0, run("analyze", "--template", "edge-cnn", "--batch", "16", "--convention", "pytorch"), stderr());
        assertTrue(stdout().contains("Memory under the pytorch convention"), stdout());
        assertTrue(stdout().contains("1,187,852"), stdout());
    }

    @Test
    void conventionThatCannotCountNamesTheLayer() {
        assertEquals(2, run("analyze", "--template", "mobilenet_v3_large", "--convention", "dl4j"));
        assertTrue(stderr().contains("has no hard swish"), stderr());
        assertEquals(2, run("analyze", "--template", "mlp", "--convention", "cuda"));
        assertTrue(stderr().contains("unknown convention 'cuda' (known: textbook, pytorch, dl4j)"), stderr());
    }
}
