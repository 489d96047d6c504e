package nnwb.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.templates.Templates;

/** Run configurations: JSON round trip with explicit keys, validation messages, dataset specs, the model and its memory. */
class RunConfigTest {

    @Test
    void jsonRoundTripKeepsEveryField() {
        RunConfig c = new RunConfig("cnn-20", "edge-cnn", null, null, Map.of("classes", 3L), "edges:per-class=20,shift=top",
                Optimizer.MOMENTUM, 0.05, 0.8, 0.9, 0.99, 1e-7, 1e-4, 0.25, 8, 12, 42, "auto");
        String json = RunConfigJson.write(c);
        assertEquals(c, RunConfigJson.read(json));
        Map<?, ?> m = (Map<?, ?>) nnwb.core.json.Json.parse(json);
        assertEquals(List.of("name", "template", "symbols", "dataset", "optimizer", "learningRate", "momentum", "beta1", "beta2",
                "epsilon", "weightDecay", "dropout", "batch", "epochs", "seed", "backend"), List.copyOf(m.keySet()));
        assertEquals("momentum", m.get("optimizer"));
        RunConfig inline = c.withModelText("input 4x4x1\nFLATTEN\nFC-3\n");
        assertEquals(inline, RunConfigJson.read(RunConfigJson.write(inline)));
    }

    @Test
    void readingRejectsUnknownKeysAndWrongTypes() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunConfigJson.read("{\"batchsize\": 3}")).getMessage()
                .contains("unknown key 'batchsize'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunConfigJson.read("{\"batch\": \"8\"}")).getMessage()
                .contains("'batch' must be a whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunConfigJson.read("{\"optimizer\": \"lion\"}"))
                .getMessage().contains("unknown optimizer 'lion'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunConfigJson.read("[1]")).getMessage()
                .contains("JSON object"));
        RunConfig partial = RunConfigJson.read("{\"template\": \"edge-cnn\", \"batch\": 4}");
        assertEquals(4, partial.batch());
        assertEquals(Optimizer.ADAM, partial.optimizer());
        assertTrue(partial.validate().isEmpty(), partial.validate().toString());
    }

    @Test
    void validationSaysWhatIsWrongInSentences() {
        RunConfig ok = RunConfig.of("r", "edge-cnn", "edges");
        assertTrue(ok.validate().isEmpty());
        RunConfig bad = new RunConfig("r", null, null, null, Map.of(), "edges:per-clas=3", Optimizer.SGD, -1, 2, 0.9, 0.999, 1e-8,
                -0.1, 1.0, 0, 0, -1, "tpu");
        List<String> p = bad.validate();
        String all = String.join("\n", p);
        for (String expected : List.of("Choose a model", "Dataset: unknown parameter 'per-clas'", "learning rate", "momentum",
                "weight decay", "dropout probability must be below 1", "batch size", "Epochs", "seed", "backend")) {
            assertTrue(all.contains(expected), expected + " in\n" + all);
        }
        assertTrue(ok.withTemplate("resnet9").validate().get(0).contains("No template 'resnet9'"));
    }

    @Test
    void datasetSpecsParseCheckAndName() {
        DatasetSpec e = DatasetSpec.parse("edges:per-class=5,shift=top,permute=true,classes=4");
        assertEquals(5, e.edges().perClass());
        assertTrue(e.edges().shift() && e.edges().permute());
        assertEquals(4, e.edges().classes());
        assertEquals("mnist", DatasetSpec.parse("mnist:/data/mnist,limit=100").kind());
        assertEquals(java.nio.file.Path.of("/data/mnist"), DatasetSpec.parse("mnist:/data/mnist,limit=100").path());
        assertEquals(DataCache.folder("mnist"), DatasetSpec.parse("mnist").path(), "without a folder: the data cache");
        assertEquals(DataCache.folder("cifar10"), DatasetSpec.parse("cifar10:limit=5").path());
        assertEquals(5, DatasetSpec.parse("cifar10:limit=5").params().intParam("limit", 0, 1, 10));
        for (String[] bad : new String[][] {{"imagenet", "unknown dataset 'imagenet'"}, {"edges:per-class=x", "whole number"},
            {"edges:shift=right", "shift must be none or top"}, {"mnist:limit=0", "limit"}, {"cifar10:,size=3", "size"},
            {"colour:category=unicorn", "CIFAR-10 class"}, {"", "empty"}, {"edges:classes=9", "classes must be in 3..6"}}) {
            String msg = assertThrows(IllegalArgumentException.class, () -> DatasetSpec.parse(bad[0])).getMessage();
            assertTrue(msg.contains(bad[1]), bad[0] + " -> " + msg);
        }
    }

    @Test
    void theModelTakesItsClassesFromTheDataAndItsMemoryFromTheEngine() {
        RunConfig c = RunConfig.of("r", "edge-cnn", "edges:classes=5");
        String text = RunModel.text(c, null);
        AnalysisReport r = RunModel.analyze(text, c.symbols(), 1, 28, 28, 5, 16);
        assertEquals(null, RunModel.mismatch(r, 1, 28, 28, 5, false));
        assertTrue(RunModel.mismatch(r, 1, 32, 32, 5, false).contains("input is 1x28x28"));
        assertTrue(RunModel.mismatch(r, 1, 28, 28, 3, false).contains("3 classes"));
        long params = 3 * 3 * 10 + 10 + 3 * 3 * 10 * 10 + 10 + 490 * 5 + 5;
        MemoryPrediction sgd = MemoryPrediction.of(r, Optimizer.SGD);
        MemoryPrediction mom = MemoryPrediction.of(r, Optimizer.MOMENTUM);
        MemoryPrediction adam = MemoryPrediction.of(r, Optimizer.ADAM);
        assertEquals(params * 4, sgd.parameters());
        assertEquals(params * 4, sgd.gradients());
        assertEquals(0, sgd.optimizerState());
        assertEquals(params * 4, mom.total() - sgd.total());
        assertEquals(2 * params * 4, adam.total() - sgd.total());
        assertEquals(r.memory().adam().totalBytes().longValue(), adam.total());
        // per example: input 784 + conv 7840 + pool 1960 + conv 1960 + pool 490 (+ flatten view) + fc 5
        assertEquals(16L * (784 + 7840 + 1960 + 1960 + 490 + 5) * 4, sgd.activations());
        // colourisation: NC follows the palette, size the images
        AnalysisReport pu = RunModel.analyze(Templates.text("pool-upsample-net"), Map.of(), 1, 32, 32, 24, 4);
        assertEquals(null, RunModel.mismatch(pu, 1, 32, 32, 24, true));
    }
}
