/** 2D filtering reference: correlation and true convolution with stride, dilation and four padding modes. */
package nnwb.core.filter.op;
