/**
 * The model tool's glue to the compute service: the engine's analysed graph as the compute API's
 * {@link nnwb.compute.graph.GraphSpec}, and the engine's initialisation schemes as its {@link nnwb.compute.graph.InitSpec}.
 */
package nnwb.model.compute;
