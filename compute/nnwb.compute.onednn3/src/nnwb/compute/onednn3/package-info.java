/**
 * DL4J layer helpers on oneDNN 3 (issue 29, experimental): an FFM binding of oneDNN 3.8.1's C API
 * ({@link nnwb.compute.onednn3.Dnnl}), a convolution helper with primitives cached by shape
 * ({@link nnwb.compute.onednn3.Onednn3ConvolutionHelper}), and the {@code onednn3} kernels service
 * ({@link nnwb.compute.onednn3.Onednn3Kernels}) that the compute service installs when
 * {@code nnwb.compute.kernels=onednn3}. Java 22 or newer (java.lang.foreign).
 */
package nnwb.compute.onednn3;
