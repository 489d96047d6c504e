package nnwb.filter.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nnwb.compute.Tensor;
import nnwb.compute.net.ConvWeights;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.op.FilterBank;
import nnwb.filter.LearnedFilters;
import nnwb.contracts.KernelSet;
import nnwb.filter.render.Colormaps;
import nnwb.filter.render.Rendering;

/** How values become pixels, the event data of the canvas, and learned weights as a filter bank. */
class RenderingAndEventsTest {

    @Test
    void signedValuesUseTheDivergingMapScaledByTheLargestMagnitude() {
        Image im = Image.gray(Matrix.of(new double[][] {{-2, 0, 1}}));
        Rendering r = Rendering.of(im);
        assertEquals(Rendering.Kind.DIVERGING, r.kind());
        assertEquals(2, r.scale());
        int[] p = r.pixels(im);
        assertEquals(Colormaps.diverging(-1), p[0]);
        assertEquals(0xF7F7F7, p[1]);   // zero is the map's middle, near white
        assertEquals(Colormaps.diverging(0.5), p[2]);
        assertEquals("blue -2 .. white 0 .. red 2", r.legend());
    }

    @Test
    void plainImagesShowAsTheyAreAndBrightOnesScaleByTheirMaximum() {
        assertEquals(new Rendering(Rendering.Kind.GRAY, 1), Rendering.of(Image.gray(Matrix.of(new double[][] {{0, 0.5, 1}}))));
        assertEquals(new Rendering(Rendering.Kind.GRAY, 25), Rendering.of(Image.gray(Matrix.of(new double[][] {{1, 25}}))));
        Matrix m = Matrix.of(new double[][] {{0.2}});
        assertEquals(Rendering.Kind.RGB, Rendering.of(Image.rgb(m, m, m)).kind());
        assertEquals(0x333333, Rendering.of(Image.gray(m)).pixels(Image.gray(m))[0]);
    }

    @Test
    void theDivergingMapIsBlueBelowAndRedAboveZero() {
        int blue = Colormaps.diverging(-0.6);
        int red = Colormaps.diverging(0.6);
        assertEquals(true, (blue & 255) > (blue >> 16 & 255));
        assertEquals(true, (red >> 16 & 255) > (red & 255));
    }

    @Test
    void kernelSetsComeAsRecordsOrMaps() {
        double[][] k = {{1, 0}, {0, -1}};
        KernelSet s = KernelSet.from(Map.of("title", "run 3", "kernels", List.<double[][]>of(k)));
        assertEquals("run 3", s.title());
        assertArrayEquals(k, s.kernels().get(0));
        assertThrows(IllegalArgumentException.class, () -> KernelSet.from("nonsense"));
        assertThrows(IllegalArgumentException.class, () -> KernelSet.from(Map.of("kernels", List.of("x"))));
    }

    @Test
    void convolutionWeightsBecomeABankWithBias() {
        double[] w = new double[2 * 3 * 2 * 2];
        for (int i = 0; i < w.length; i++) {
            w[i] = i;
        }
        FilterBank bank = LearnedFilters.bank(new ConvWeights(0, "conv", new Tensor(new int[] {2, 3, 2, 2}, w), new double[] {1, -1}));
        assertEquals(2, bank.outputChannels());
        assertEquals(3, bank.inputChannels());
        // kernel (1, 2) starts at offset (1*3 + 2) * 4 = 20
        assertEquals(Matrix.of(new double[][] {{20, 21}, {22, 23}}), bank.kernel(1, 2).values());
        assertEquals(List.of(1.0, -1.0), bank.bias());
    }
}
