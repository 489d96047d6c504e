package nnwb.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The colourisation task: k-means palette, nearest-colour labels, grey inputs, from scenes or CIFAR-10 files. */
class ColourDatasetTest {

    @TempDir
    Path dir;

    /** Images painted in exactly three colours. */
    private static ImageSet threeColours() {
        float[][] colours = {{0.9f, 0.1f, 0.1f}, {0.1f, 0.8f, 0.2f}, {0.2f, 0.2f, 0.9f}};
        int n = 6;
        int area = 16;
        float[] px = new float[n * 3 * area];
        for (int e = 0; e < n; e++) {
            for (int p = 0; p < area; p++) {
                float[] c = colours[(e + p) % 3];
                for (int d = 0; d < 3; d++) {
                    px[e * 3 * area + d * area + p] = c[d];
                }
            }
        }
        return new ImageSet(3, 4, 4, px, new int[n], 1, 2);
    }

    @Test
    void kMeansFindsTheColoursThatAreThere() {
        float[][] palette = KMeansColours.fit(threeColours(), 3, 1000, 20, 1);
        // sorted by brightness: blue (1.3), red (1.1)... sums: red 1.1, green 1.1, blue 1.3
        java.util.Set<String> found = new java.util.HashSet<>();
        for (float[] c : palette) {
            found.add(String.format(java.util.Locale.ROOT, "%.2f,%.2f,%.2f", c[0], c[1], c[2]));
        }
        assertEquals(java.util.Set.of("0.90,0.10,0.10", "0.10,0.80,0.20", "0.20,0.20,0.90"), found);
    }

    @Test
    void labelsAreTheNearestPaletteColourAndTheInputIsTheChannelMean() {
        float[][] palette = {{0, 0, 0}, {1, 1, 1}, {1, 0, 0}};
        ImageSet rgb = new ImageSet(3, 1, 3, new float[] {0.1f, 0.9f, 0.8f, 0.1f, 0.8f, 0.1f, 0.1f, 0.9f, 0.2f}, new int[1], 1, 2);
        ImageSet t = ColourDataset.classify(rgb, palette);
        assertArrayEquals(new int[] {0, 1, 2}, t.labels());
        assertEquals(3, t.labelsPerExample());
        assertEquals((0.1f + 0.1f + 0.1f) / 3, t.pixels()[0], 1e-6);
        assertEquals((0.9f + 0.8f + 0.9f) / 3, t.pixels()[1], 1e-6);
    }

    @Test
    void generatedScenesGiveTwentyFourColoursAndGreyInputs() {
        Dataset d = DatasetSpec.parse("colour:train=20,val=5,size=16").load();
        assertEquals(24, d.classes());
        assertEquals(24, d.palette().size());
        assertEquals(20, d.train().size());
        assertEquals(1, d.train().channels());
        assertEquals(16 * 16, d.train().labelsPerExample());
        assertTrue(d.pixelLabels());
        // the palette spans sky blue to ground green: several colours are used
        int used = 0;
        for (int c : d.train().classCounts()) {
            used += c > 0 ? 1 : 0;
        }
        assertTrue(used >= 12, "colours used: " + used);
        assertEquals(d.train(), DatasetSpec.parse("colour:train=20,val=5,size=16").load().train(), "deterministic");
    }

    @Test
    void fromCifarFilesTheHorseClassByDefault() throws Exception {
        ReadersTest.cifarFolder(dir, 40);
        Dataset d = DatasetSpec.parse("colour:cifar=" + dir + ",train=3,val=2,colours=4").load();
        assertEquals(3, d.train().size());
        assertEquals(2, d.validation().size());
        assertEquals(4, d.classes());
        assertTrue(d.description().contains("horse"), d.description());
    }
}
