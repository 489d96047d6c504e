/** Optimization problems for traces: loss, gradient, seeded stochastic gradients, quadratic forms and known solutions; a registry by name. */
package nnwb.core.optim.problem;
