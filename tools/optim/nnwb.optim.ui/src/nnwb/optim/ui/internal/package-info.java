/**
 * The Optimizer traces view: a thin e4 part over a session (problem, optimizers, shared settings),
 * the engine's traces drawn at once and ND4J's recomputed in a job, plots, closed-form analyses,
 * exports and presets.
 */
package nnwb.optim.ui.internal;
