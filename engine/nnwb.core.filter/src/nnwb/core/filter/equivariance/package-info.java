/** Translation equivariance: circular shifts, ReLU, global average pooling, and the shift-then-filter check. */
package nnwb.core.filter.equivariance;
