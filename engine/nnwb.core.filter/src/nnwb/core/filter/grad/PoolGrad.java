package nnwb.core.filter.grad;

import java.util.List;

import nnwb.core.filter.Matrix;

/**
 * The backward pass of a pooling: the input gradient and where each share of it came from.
 *
 * @param output the forward output (the pooled values)
 * @param dX     the gradient per input cell (the sum of its routes)
 * @param routes every share, output by output in row-major order
 */
public record PoolGrad(Matrix output, Matrix dX, List<PoolRoute> routes) {

    public PoolGrad {
        routes = List.copyOf(routes);
    }
}
