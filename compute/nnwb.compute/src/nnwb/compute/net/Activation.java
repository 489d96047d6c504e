package nnwb.compute.net;

/** Activation functions a layer can apply. */
public enum Activation {
    IDENTITY, RELU, SIGMOID, TANH, SOFTMAX
}
