/** Gradients through convolution (dW, dX), the spread of dW against image size, and pooling's backward routing. */
package nnwb.core.filter.grad;
