package nnwb.core.conv;

/** An element of a receptive-field stack: a single layer or parallel branches whose outputs are added. */
public sealed interface RfNode permits RfLayer, RfBranches {
}
