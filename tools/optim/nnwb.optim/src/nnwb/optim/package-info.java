/**
 * Optimizer traces for tools and assignment plugins: presets (a problem, optimizers and shared
 * settings as a small text file) and the event topic that opens one in the optimizer-trace view.
 */
package nnwb.optim;
