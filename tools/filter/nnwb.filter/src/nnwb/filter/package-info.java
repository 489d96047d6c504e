/**
 * Filtering through the compute service: the engine's {@code FilterPlan} pads and validates, ND4J correlates
 * (2D images, filter banks, 1D signals, kernel gradients, small feature nets); plus the learned-filter bridge.
 */
package nnwb.filter;
