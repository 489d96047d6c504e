/** Frequency response of kernels: the 2D DFT, magnitude and phase, and low/high/band-pass classification. */
package nnwb.core.filter.freq;
