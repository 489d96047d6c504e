/**
 * Training {@link nnwb.compute.graph.GraphSpec} networks with DL4J's ComputationGraph: plain Java over DL4J, no
 * OSGi API, so the same classes run in the workbench, the command line and a cluster task.
 */
package nnwb.compute.dl4j.train;
