/** Graph specs on DL4J: ComputationGraph configurations, parameter counts without allocation, sampled variances. */
package nnwb.compute.dl4j.graph;
