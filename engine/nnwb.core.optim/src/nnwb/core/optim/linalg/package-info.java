/** Small dense linear algebra for the optimizer engine: products with multiplication counts, Jacobi eigenvalues, singular values, pseudo-inverse. */
package nnwb.core.optim.linalg;
