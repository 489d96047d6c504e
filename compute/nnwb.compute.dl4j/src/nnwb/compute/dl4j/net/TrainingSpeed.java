package nnwb.compute.dl4j.net;

import org.deeplearning4j.nn.conf.CacheMode;

/**
 * The network-wide DL4J settings that make a training step cheaper without changing its arithmetic
 * (issue 12, BENCHMARKS.md "Training speed"). With DL4J's default {@link CacheMode#NONE} every
 * convolution layer runs its forward pass a second time during backpropagation (one more oneDNN
 * convolution and two more layout reorders per layer and step); {@link CacheMode#DEVICE} keeps the
 * forward result in the feed-forward cache workspace instead. Losses are the same to the last bit
 * (TrainingSpeedTest).
 */
public final class TrainingSpeed {

    /** What the service's networks use. */
    public static final CacheMode CACHE_MODE = CacheMode.DEVICE;

    private TrainingSpeed() {
    }
}
