/** Tensor operations (convolution with padding modes, matrix product) and updater steps on ND4J. */
package nnwb.compute.dl4j.ops;
