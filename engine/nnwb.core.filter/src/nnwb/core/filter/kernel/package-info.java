/** Filter kernels: the kernel value, presets, text parsing, normalisation and the undo/redo history of edits. */
package nnwb.core.filter.kernel;
