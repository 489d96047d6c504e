/** 1D mode: signals with an index origin, impulse responses, full discrete convolution over a chosen index range. */
package nnwb.core.filter.signal;
