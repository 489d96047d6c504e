/**
 * The training runner: a run configuration prepared against the engine (model analysis, the memory it should
 * take, whether it fits), trained through the compute service with memory sampled beside it, written to a run
 * folder; sweeps over batch sizes, optimizers and seeds. Plain Java over the compute API and the engine, no OSGi
 * API: the same classes run in the workbench, the command line and a Spark task.
 */
package nnwb.train;
