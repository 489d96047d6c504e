package nnwb.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Per-layer run options: kernels by preset or rows, the one-line list, the .nnrun "layers" key and its errors. */
class LayerOptionTest {

    @Test
    void kernelsArePresetsOrRows() {
        LayerOption o = new LayerOption("conv1", true, List.of("sobel-y", "0,1,0;1,-4,1;0,1,0"));
        List<double[][]> k = o.kernelValues();
        assertArrayEquals(new double[][] {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}}, k.get(0));
        assertArrayEquals(new double[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}}, k.get(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LayerOption("conv1", false, List.of("sobel-x", "nope")).kernelValues());
        assertTrue(e.getMessage().startsWith("initial kernel 2 of conv1: unknown kernel 'nope'"), e.getMessage());
    }

    @Test
    void aLineSplitsAtCommasOutsideBrackets() {
        assertEquals(List.of("sobel-x", "0,1,0;1,-4,1;0,1,0", "blur"), LayerOption.splitKernels("sobel-x, [0,1,0;1,-4,1;0,1,0],blur"));
        assertThrows(IllegalArgumentException.class, () -> LayerOption.splitKernels("sobel-x,,blur"));
        assertThrows(IllegalArgumentException.class, () -> LayerOption.splitKernels("[1,2"));
    }

    @Test
    void theRunConfigurationFileKeepsTheLayers() {
        RunConfig c = RunConfig.of("r", "edge-cnn", "edges").withLayers(List.of(new LayerOption("conv1", true,
                List.of("sobel-x", "1,0,-1;2,0,-2;1,0,-1")), new LayerOption("fc", true, List.of())));
        String json = RunConfigJson.write(c);
        assertTrue(json.contains("\"layers\""), json);
        assertEquals(c, RunConfigJson.read(json));
        assertEquals(c.layers(), RunConfigJson.read(json).withBatch(4).withSeed(2).withName("x").layers(), "with... keeps them");
        assertEquals(List.of(), RunConfigJson.read(RunConfigJson.write(RunConfig.of("r", "edge-cnn", "edges"))).layers());
        assertTrue(!RunConfigJson.write(RunConfig.of("r", "edge-cnn", "edges")).contains("layers"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RunConfigJson.read("{\"layers\": {\"conv1\": {\"frozen\": \"yes\"}}}"));
        assertEquals("'frozen' of layer 'conv1' must be true or false", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RunConfigJson.read("{\"layers\": {\"conv1\": {\"init\": []}}}"));
        assertEquals("unknown key 'init' for layer 'conv1' (frozen, kernels)", e.getMessage());
        RunConfig bad = c.withLayers(List.of(new LayerOption("conv1", false, List.of("zzz"))));
        assertTrue(bad.validate().get(0).startsWith("initial kernel 1 of conv1: unknown kernel 'zzz'"), bad.validate().toString());
        assertTrue(c.summary().endsWith("; conv1 frozen, kernels sobel-x | 1,0,-1;2,0,-2;1,0,-1; fc frozen"), c.summary());
    }
}
