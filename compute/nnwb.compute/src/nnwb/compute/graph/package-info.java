/**
 * Networks as directed acyclic graphs, without backend types: {@link nnwb.compute.graph.GraphSpec} (the model tool's
 * {@code nnwb.model.compute.ModelGraphs} maps the engine's analysed graph onto it) and what the compute service
 * answers about a graph (parameter counts, sampled variances).
 */
package nnwb.compute.graph;
