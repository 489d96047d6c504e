/**
 * The compute service API: backend and device descriptions, tensor operations (convolution,
 * matrix product, optimizer steps and traces). Plain Java with its own types only: no DL4J types and no engine
 * types; one implementation is the Declarative Services component of {@code nnwb.compute.dl4j}.
 */
package nnwb.compute;
