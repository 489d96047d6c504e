package nnwb.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The cheating-feature data: the leaking input tells the label on every training example and nothing on the clean
 * validation set, and the honest inputs allow the accuracy their signal-to-noise ratio predicts in closed form.
 */
class CheatingDatasetTest {

    private static final Dataset D = DatasetSpec.parse("cheating:per-class=300,val-per-class=300,seed=5").load();

    /** The share of {@code set} that {@code score > 0 ⇔ class 1} classifies right. */
    private interface Score {
        double of(float[] x);
    }

    private static double accuracy(ImageSet set, Score s) {
        int right = 0;
        for (int i = 0; i < set.size(); i++) {
            right += (s.of(set.example(i)) > 0) == (set.label(i) == 1) ? 1 : 0;
        }
        return right / (double) set.size();
    }

    /** The standard normal distribution function, by Simpson's rule from 0. */
    private static double phi(double z) {
        int n = 2000;
        double h = z / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double f = Math.exp(-0.5 * (i * h) * (i * h)) / Math.sqrt(2 * Math.PI);
            s += f * (i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2);
        }
        return 0.5 + s * h / 3;
    }

    @Test
    void theLeakingInputIsTheLabelInTrainingAndRandomInTheCleanSet() {
        assertEquals(600, D.train().size());
        assertEquals(600, D.validation().size());
        assertEquals(List.of("negative", "positive"), D.classNames());
        assertEquals(16, D.train().valuesPerExample());
        for (int i = 0; i < D.train().size(); i++) {
            assertEquals(D.train().label(i) == 1 ? 1f : -1f, D.train().example(i)[CheatingDataset.LEAK]);
        }
        Score leak = x -> x[CheatingDataset.LEAK];
        assertEquals(1.0, accuracy(D.train(), leak));
        // independent of the label: a fair coin on 600 examples, standard error about 0.02
        assertEquals(0.5, accuracy(D.validation(), leak), 0.08);
        for (int i = 0; i < D.validation().size(); i++) {
            float v = D.validation().example(i)[CheatingDataset.LEAK];
            assertTrue(v == 1f || v == -1f);
        }
    }

    @Test
    void theHonestInputsGiveTheAccuracyTheirSignalPredicts() {
        // the sum of the 15 honest inputs is N(±15·0.3, 15): right with probability Φ(0.3·√15)
        double expected = phi(0.3 * Math.sqrt(15));
        Score honest = x -> {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += i == CheatingDataset.LEAK ? 0 : x[i];
            }
            return s;
        };
        assertEquals(0.877, expected, 0.001);
        assertEquals(expected, accuracy(D.validation(), honest), 0.05);
        assertEquals(expected, accuracy(D.train(), honest), 0.05);
    }

    @Test
    void theSpecIsCheckedAndTheSameSeedGivesTheSameData() {
        assertEquals(D.train(), DatasetSpec.parse("cheat:per-class=300,val-per-class=300,seed=5").load().train());
        assertTrue(!D.train().equals(DatasetSpec.parse("cheating:per-class=300,val-per-class=300,seed=6").load().train()));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DatasetSpec.parse("cheating:size=1")).getMessage()
                .contains("size"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DatasetSpec.parse("cheating:colours=3")).getMessage()
                .contains("colours"));
        assertEquals(25, DatasetSpec.parse("cheating:size=5,per-class=2,val-per-class=2").load().train().valuesPerExample());
    }

    @Test
    void theLeakShareIsTheMeanWeightOnTheLeakOverTheMeanWeightElsewhere() {
        // two units over three inputs: |2|, |−4| on the leak (mean 3), ones elsewhere (mean 1)
        assertEquals(3.0, CheatingDataset.leakShare(new float[] {2, 1, -1, -4, 1, 1}, 3), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> CheatingDataset.leakShare(new float[] {1, 2}, 3));
    }
}
