/**
 * Event topics of the filter canvas and their data, for tools that send it filters (the training runner's learned
 * kernels) without depending on the canvas.
 */
package nnwb.filter.events;
