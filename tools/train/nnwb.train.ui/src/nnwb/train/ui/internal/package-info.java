/**
 * The Training runner view: run configurations in the workspace, runs and sweeps as Eclipse jobs, and the live
 * monitor (loss, accuracy, memory against the engine's prediction, confusion matrix, first-layer kernels,
 * colourisation samples). Display-free models ({@link nnwb.train.ui.internal.MonitorModel},
 * {@link nnwb.train.ui.internal.SweepModel}) collect what the jobs report; the panels redraw from them on a timer.
 */
package nnwb.train.ui.internal;
