/** Convolution arithmetic: output sizes, backward solvers, window geometry and receptive fields, in plain Java. */
package nnwb.core.conv;
