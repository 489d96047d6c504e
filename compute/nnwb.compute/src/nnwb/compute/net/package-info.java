/** Networks through the compute service: a small layer description, training, evaluation, prediction, files. */
package nnwb.compute.net;
