/** The speed benchmark: the edge CNN and a small ResNet, trained and inferred on synthetic images. */
package nnwb.compute.dl4j.bench;
