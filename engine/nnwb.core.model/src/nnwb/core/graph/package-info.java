/** Stage 2, the graph: symbols resolved, layers turned into nodes with their parameters and exact output shapes. */
package nnwb.core.graph;
