/**
 * The compute service API: backend and device descriptions, tensor operations (convolution,
 * matrix product, optimizer steps). Plain Java, no DL4J types; one implementation is the
 * Declarative Services component of {@code nnwb.compute.dl4j}.
 */
package nnwb.compute;
