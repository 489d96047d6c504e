/** Exact multivariate polynomials with rational coefficients, their simplified printing, parsing and substitution. */
package nnwb.core.symbolic;
