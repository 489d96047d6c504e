/**
 * Networks as directed acyclic graphs, without backend types: {@link nnwb.compute.graph.GraphSpec}, the mapper from
 * the engine's analysed graph ({@link nnwb.compute.graph.ModelGraphs}) and what the compute service answers about
 * a graph (parameter counts, sampled variances).
 */
package nnwb.compute.graph;
