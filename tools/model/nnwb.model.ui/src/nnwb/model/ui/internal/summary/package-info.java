/** The Model summary view: per-layer table, memory by optimizer, layer graph, options and export. */
package nnwb.model.ui.internal.summary;
