package nnwb.core.bridge.pytorch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.Analyzer;
import nnwb.core.templates.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Python written for every template, checked for its structure here; {@code releng/oracle/export_roundtrip.py}
 * runs the files this test leaves in {@code target/pytorch-export/} with PyTorch (see {@code RoundTripTest}).
 */
class PyTorchExportTest {

    static Stream<String> templates() {
        return Templates.names().stream();
    }

    private static String export(String text, String source) throws ExportException {
        return PyTorchExport.write(Analyzer.analyze(text, AnalysisOptions.defaults()), source);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("templates")
    void everyTemplateExportsAndIsLeftForTheOracle(String template) throws Exception {
        String py = export(Templates.text(template), template + ".nnet");
        assertTrue(py.contains("import torch.nn as nn\n"));
        assertTrue(py.contains("if __name__ == \"__main__\":"));
        Path dir = Path.of("target", "pytorch-export");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(template.replace('-', '_') + ".py"), py, StandardCharsets.UTF_8);
    }

    @Test
    void resnetBlocksBecomeClassesAndTheDownsamplePairASequential() throws Exception {
        String py = export(Templates.text("resnet18"), "resnet18.nnet");
        assertTrue(py.contains("class Resnet18(nn.Module):"), py);
        assertTrue(py.contains("        self.downsample = nn.Sequential(\n"
                + "            nn.Conv2d(64, 128, 1, stride=2, bias=False),  # 128x28x28\n"
                + "            nn.BatchNorm2d(128),  # 128x28x28\n"
                + "        )\n"), py);
        assertTrue(py.contains("        self.layer1 = nn.Sequential(\n            Basic(),  # 64x56x56\n            Basic(),  # 64x56x56\n        )"), py);
        assertTrue(py.contains("        sum = bn2 + x  # 64x56x56\n"), py);
        assertTrue(py.contains("        fc = self.fc(flatten1)  # 1000\n"), py);
        assertTrue(py.contains("class BasicDown(nn.Module):\n    \"\"\"Module layer2.0: 64x56x56 -> 128x28x28.\"\"\""), py);
    }

    @Test
    void aSmallNetworkReadsAsWritten() throws Exception {
        String py = export("network tiny\ninput 28x28x1\nconv1: conv 4 3 padding=1\nrelu\npool: maxpool 2\nfc: fc 10\n", "tiny.nnet");
        assertEquals(List.of(
                "class Tiny(nn.Module):",
                "    \"\"\"The network: 1x28x28 -> 10.\"\"\"",
                "",
                "    def __init__(self):",
                "        super().__init__()",
                "        self.conv1 = nn.Conv2d(1, 4, 3, padding=1)",
                "        self.relu1 = nn.ReLU()",
                "        self.pool = nn.MaxPool2d(2, stride=2)",
                "        self.fc = nn.Linear(784, 10)",
                "",
                "    def forward(self, x):",
                "        conv1 = self.conv1(x)  # 4x28x28",
                "        relu1 = self.relu1(conv1)  # 4x28x28",
                "        pool = self.pool(relu1)  # 4x14x14",
                "        fc = self.fc(torch.flatten(pool, 1))  # 10",
                "        return fc"), py.lines().dropWhile(l -> !l.startsWith("class")).takeWhile(l -> !l.startsWith("if __name__")).toList()
                        .subList(0, 16));
    }

    @Test
    void symbolicSizesNeedValues() {
        ExportException e = assertThrows(ExportException.class,
                () -> PyTorchExport.write(Analyzer.analyze("network s\nsymbol K\ninput features=K\nfc: fc 3\n", AnalysisOptions.symbolicMode()), "s"));
        assertEquals("the network has symbolic sizes or repeats; give them values with --set NAME=VALUE", e.getMessage());
    }
}
