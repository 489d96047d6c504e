/** Stage 3, the cost of each node: parameters, multiplications forward and backward, receptive field, variance at initialisation. */
package nnwb.core.cost;
