package nnwb.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The edge images as the Berkeley exercise describes them, checked image by image without noise. */
class EdgeDatasetTest {

    private static Dataset clean(int perClass, int classes, boolean shift, boolean permute) {
        return EdgeDataset.generate(new EdgeOptions(perClass, perClass, 28, classes, shift, permute, 0, 3), "test");
    }

    @Test
    void classesAreHorizontalVerticalAndNoEdgeWithWidthsOneToFive() {
        Dataset d = clean(200, 3, false, false);
        assertEquals(600, d.train().size());
        assertEquals(java.util.List.of("horizontal", "vertical", "none"), d.classNames());
        assertArrayEquals(new int[] {200, 200, 200}, d.train().classCounts());
        Set<Integer> widths = new HashSet<>();
        for (int i = 0; i < d.train().size(); i++) {
            float[] img = d.train().example(i);
            int c = d.train().label(i);
            if (c == 2) {
                for (float v : img) {
                    assertEquals(img[0], v, "no-edge images are flat without noise");
                }
                continue;
            }
            // the background is the value at a corner far from the band, found by majority
            int[] b = bandAgainstMajority(img, 28, c == 0);
            assertTrue(b != null, "class " + c + " image " + i + " is a band");
            int w = b[1] - b[0] + 1;
            assertTrue(w >= 1 && w <= 5, "width " + w);
            widths.add(w);
        }
        assertEquals(Set.of(1, 2, 3, 4, 5), widths);
    }

    private static int[] bandAgainstMajority(float[] img, int s, boolean horizontal) {
        float[] line = new float[s];
        for (int a = 0; a < s; a++) {
            line[a] = img[horizontal ? a * s : a];
            for (int b = 0; b < s; b++) {
                if (img[horizontal ? a * s + b : b * s + a] != line[a]) {
                    return null;
                }
            }
        }
        float[] sorted = line.clone();
        Arrays.sort(sorted);
        float bg = sorted[s / 2]; // bands are at most 5 of 28 lines
        int first = -1;
        int last = -1;
        for (int a = 0; a < s; a++) {
            if (line[a] != bg) {
                if (last >= 0 && a != last + 1) {
                    return null; // one contiguous band
                }
                first = first < 0 ? a : first;
                last = a;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    @Test
    void intensitiesContrastAndNoiseHasTheAskedSpread() {
        Dataset d = EdgeDataset.generate(new EdgeOptions(50, 1, 28, 3, false, false, 0.1, 5), "test");
        Dataset c = EdgeDataset.generate(new EdgeOptions(50, 1, 28, 3, false, false, 0, 5), "test");
        double sum = 0;
        double sq = 0;
        float[] a = d.train().pixels();
        float[] b = c.train().pixels();
        for (int i = 0; i < a.length; i++) {
            double e = a[i] - b[i];
            sum += e;
            sq += e * e;
        }
        double mean = sum / a.length;
        double sd = Math.sqrt(sq / a.length - mean * mean);
        assertEquals(0, mean, 0.005);
        assertEquals(0.1, sd, 0.005);
        for (int i = 0; i < c.train().size(); i++) {
            float[] img = c.train().example(i);
            float min = Float.MAX_VALUE;
            float max = -Float.MAX_VALUE;
            for (float v : img) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (c.train().label(i) != 2) {
                assertTrue(max - min >= 0.4 - 1e-6, "edge contrast " + (max - min));
            }
        }
    }

    @Test
    void domainShiftPutsTrainingEdgesInTheTopLeftHalfAndValidationEdgesInTheOther() {
        Dataset d = clean(100, 3, true, false);
        for (boolean training : new boolean[] {true, false}) {
            ImageSet set = training ? d.train() : d.validation();
            for (int i = 0; i < set.size(); i++) {
                int c = set.label(i);
                if (c == 2) {
                    continue;
                }
                int[] b = bandAgainstMajority(set.example(i), 28, c == 0);
                if (training) {
                    assertTrue(b[1] < 14, "training edge at " + Arrays.toString(b));
                } else {
                    assertTrue(b[0] >= 14, "validation edge at " + Arrays.toString(b));
                }
            }
        }
    }

    @Test
    void onePermutationForEveryImageKeepsEachImagesValues() {
        Dataset plain = clean(10, 3, false, false);
        Dataset perm = clean(10, 3, false, true);
        int[] p = Permutation.of(28 * 28, EdgeOptions.PERMUTATION_SEED);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i], "a permutation");
        }
        for (int i = 0; i < plain.train().size(); i++) {
            float[] a = plain.train().example(i);
            float[] b = perm.train().example(i);
            for (int j = 0; j < a.length; j++) {
                assertEquals(a[p[j]], b[j]);
            }
        }
        assertEquals(plain.train().labels().length, perm.train().labels().length);
        assertArrayEquals(plain.train().labels(), perm.train().labels());
    }

    @Test
    void extraClassesAddDiagonalsAndACross() {
        Dataset d = clean(20, 6, false, false);
        assertEquals(java.util.List.of("horizontal", "vertical", "none", "diagonal", "anti-diagonal", "cross"), d.classNames());
        assertArrayEquals(new int[] {20, 20, 20, 20, 20, 20}, d.train().classCounts());
        for (int i = 0; i < d.train().size(); i++) {
            if (d.train().label(i) == 3) {
                float[] img = d.train().example(i);
                // a diagonal band is constant along (r, c) -> (r + 1, c + 1)
                for (int r = 0; r < 27; r++) {
                    for (int c = 0; c < 27; c++) {
                        assertEquals(img[r * 28 + c], img[(r + 1) * 28 + c + 1]);
                    }
                }
            }
        }
    }

    @Test
    void sameSeedSameImagesOtherSeedOtherImages() {
        EdgeOptions o = new EdgeOptions(5, 5, 28, 3, false, false, 0.05, 9);
        assertEquals(EdgeDataset.generate(o, "a").train(), EdgeDataset.generate(o, "b").train());
        EdgeOptions other = new EdgeOptions(5, 5, 28, 3, false, false, 0.05, 10);
        assertNotEquals(EdgeDataset.generate(o, "a").train(), EdgeDataset.generate(other, "a").train());
    }

    @Test
    void optionsOutOfRangeSayWhich() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EdgeOptions(0, 5, 28, 3, false, false, 0, 0))
                .getMessage().contains("per class"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EdgeOptions(5, 5, 28, 7, false, false, 0, 0))
                .getMessage().contains("classes"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EdgeOptions(5, 5, 4, 3, false, false, 0, 0))
                .getMessage().contains("size"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new EdgeOptions(100_000, 100_000, 28, 6, false, false, 0, 0))
                .getMessage().contains("at most"));
    }
}
