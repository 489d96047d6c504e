package nnwb.core.filter.grad;

import nnwb.core.filter.Matrix;

/**
 * The gradients of a loss through one filtering, given the upstream gradient {@code dY = dL/dY}.
 *
 * @param dW {@code dL/dW}, the shape of the kernel as drawn
 * @param dX {@code dL/dX}, the shape of the input (gradients reaching padding copies are added to the cells copied)
 */
public record ConvGrad(Matrix dW, Matrix dX) {
}
