/** The .nnet text editor: colouring, content assist, problem markers, outline and the live analysis session. */
package nnwb.model.ui.internal.editor;
