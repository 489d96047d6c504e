package nnwb.compute.dl4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import nnwb.compute.ComputeService;
import nnwb.compute.UpdaterSpec;
import nnwb.compute.graph.GraphSpec;
import nnwb.compute.net.Network;
import nnwb.compute.train.LayerKernels;
import nnwb.compute.train.TrainingListener;
import nnwb.compute.train.TrainingResult;
import nnwb.compute.train.TrainingSpec;
import nnwb.core.data.CheatingDataset;
import nnwb.core.data.Dataset;
import nnwb.core.data.DatasetSpec;
import nnwb.test.harness.ComputeServices;

/**
 * The earlier Berkeley homework's cheating feature, trained with DL4J as the training runner trains it: a linear
 * classifier on {@code cheating} data leans on the leaking input without dropout and guesses more on the clean
 * validation set; with dropout 0.5 on its inputs it weighs the leak less against the honest inputs and does better
 * on the clean data.
 */
class CheatingDropoutTest {

    private static final String MODEL = "network cheating-linear\nsymbol classes=2\ninput 4x4x1\nFLATTEN\nFC-classes\n";

    /** The clean validation accuracy after training, and the first layer's leak share. */
    private record Outcome(double trainAccuracy, double cleanAccuracy, double leakShare) {
    }

    private static Outcome train(Dataset d, double dropout) throws Exception {
        ComputeService s = ComputeServices.started();
        List<LayerKernels> kernels = new CopyOnWriteArrayList<>();
        TrainingListener l = new TrainingListener() {
            @Override
            public void kernels(LayerKernels k) {
                kernels.add(k);
            }
        };
        GraphSpec g = TrainingTest.graph(MODEL, d);
        TrainingSpec spec = new TrainingSpec(g, UpdaterSpec.adam(0.05, 0.9, 0.999, 1e-8), 0, dropout, 20, 30, 11, 5000);
        TrainingResult r = s.train(spec, TrainingTest.images(d.train()), TrainingTest.images(d.validation()), l, () -> false);
        try (Network net = r.network()) {
            LayerKernels last = kernels.get(kernels.size() - 1);
            assertEquals(30, last.epoch());
            float[] w = new float[last.kernels().size() * 16];
            int k = 0;
            for (double[][] unit : last.kernels()) {
                for (double[] row : unit) {
                    for (double v : row) {
                        w[k++] = (float) v;
                    }
                }
            }
            return new Outcome(r.last().trainAccuracy(), r.last().valAccuracy(), CheatingDataset.leakShare(w, 16));
        }
    }

    @Test
    void dropoutLeansLessOnTheLeakAndDoesBetterOnCleanData() throws Exception {
        Dataset d = DatasetSpec.parse("cheating:per-class=100,val-per-class=200,seed=1").load();
        Outcome plain = train(d, 0);
        Outcome dropout = train(d, 0.5);
        String both = "without dropout " + plain + ", with dropout 0.5 " + dropout;
        assertTrue(plain.trainAccuracy() > 0.98, "the leak separates the training set: " + both);
        assertTrue(plain.leakShare() > 2, "without dropout the leak outweighs an honest input: " + both);
        assertTrue(dropout.leakShare() < plain.leakShare(), both);
        assertTrue(dropout.cleanAccuracy() > plain.cleanAccuracy() + 0.03, both);
    }
}
