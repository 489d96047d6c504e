/**
 * Training data without downloads and run configurations: the Berkeley edge-detection images generated in code,
 * the Toronto colourisation set (grey in, one of 24 k-means colours per pixel out), bounded readers of local MNIST
 * IDX and CIFAR-10 binary files, the dataset spec strings that name them, and the run configuration of a
 * training run with its JSON form.
 */
package nnwb.core.data;
