/** The speed benchmark of the compute backend: which models, which batches, images per second. */
package nnwb.compute.bench;
