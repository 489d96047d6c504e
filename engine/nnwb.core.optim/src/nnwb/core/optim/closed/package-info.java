/** Closed forms beside the traces (linear optimizers on quadratics, adaptive optimizers on a constant gradient) and the coursework's optimizer analyses. */
package nnwb.core.optim.closed;
