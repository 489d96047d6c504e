/**
 * The Assignments view: a thin e4 part over plain classes (statement parsing, typeset mathematics,
 * progress, presets, verdict text) that the tests reach without driving the view.
 */
package nnwb.assignment.ui.internal;
