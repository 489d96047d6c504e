/** Optimizer traces: a problem, several optimizers, one step budget and seed; per-step records, closed forms beside them, JSON and CSV. */
package nnwb.core.optim;
