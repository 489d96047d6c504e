package nnwb.compute.net;

/** Losses an output layer is trained with. */
public enum Loss {
    /** multi-class cross-entropy (negative log-likelihood of softmax outputs) */
    CROSS_ENTROPY,
    /** mean squared error */
    MSE
}
