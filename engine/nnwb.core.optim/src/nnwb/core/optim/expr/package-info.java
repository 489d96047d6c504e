/** A small safe expression language in x and y for user-typed loss surfaces, with symbolic derivatives. */
package nnwb.core.optim.expr;
