/** The coursework's experiments as ready run configurations and sweeps, with the models they train. */
package nnwb.train.experiments;
