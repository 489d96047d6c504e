/** The New Model wizard: a .nnet file in a workspace project, from a bundled template. */
package nnwb.model.ui.internal.wizard;
