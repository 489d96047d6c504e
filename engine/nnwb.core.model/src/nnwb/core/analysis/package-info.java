/** The analysis: runs the stages model (parse), graph, cost, memory in order and holds the per-layer report they produce. */
package nnwb.core.analysis;
