/**
 * The filter canvas view: a thin e4 part over a kernel editor and tabs for images, 1D signals, equivariance,
 * gradients and learned filters. Numbers come from the engine ({@code nnwb.core.filter}) and the compute service
 * (through {@code nnwb.filter}); work runs in jobs.
 */
package nnwb.filter.ui.internal;
