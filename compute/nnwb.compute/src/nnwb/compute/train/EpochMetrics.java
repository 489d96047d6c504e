package nnwb.compute.train;

import java.util.Arrays;

/**
 * The end of one epoch.
 *
 * @param epoch             from 1
 * @param iteration         steps so far
 * @param trainLoss         mean minibatch loss during the epoch
 * @param trainAccuracy     accuracy on (up to the spec's evalLimit of) the training set after the epoch
 * @param valLoss           mean loss on the validation set
 * @param valAccuracy       accuracy on the validation set (of pixels, for pixel-wise tasks)
 * @param seconds           wall time of the epoch's training steps (evaluation excluded)
 * @param wallSeconds       wall time since training started, evaluation included
 * @param examplesPerSecond the epoch's training throughput
 * @param confusion         validation counts, [true class][predicted class]
 */
public record EpochMetrics(int epoch, int iteration, double trainLoss, double trainAccuracy, double valLoss, double valAccuracy,
        double seconds, double wallSeconds, double examplesPerSecond, long[][] confusion) {

    public EpochMetrics {
        confusion = Arrays.stream(confusion).map(long[]::clone).toArray(long[][]::new);
    }

    @Override
    public long[][] confusion() {
        return Arrays.stream(confusion).map(long[]::clone).toArray(long[][]::new);
    }
}
