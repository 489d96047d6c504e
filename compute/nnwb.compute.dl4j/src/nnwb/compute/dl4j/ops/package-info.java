/**
 * Tensor operations (convolution with padding modes, matrix product) and updater steps on ND4J, with what ND4J knows
 * of optimizers: which ND4J updater steps an optimizer's settings and how ND4J writes it ({@link
 * nnwb.compute.dl4j.ops.Nd4jForms}), and the steppers of traces run inside the service.
 */
package nnwb.compute.dl4j.ops;
