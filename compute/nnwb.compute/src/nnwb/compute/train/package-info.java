/**
 * Training a {@link nnwb.compute.graph.GraphSpec} network on labelled images through the compute service: what to
 * train with, the metrics reported while it runs, and the result with the trained network and the backend memory
 * it took.
 */
package nnwb.compute.train;
