/**
 * The choice of layer kernels (issue 29): DL4J's own helpers ({@code dl4j}, the default) or a
 * {@link nnwb.compute.dl4j.kernels.LayerKernels} service such as oneDNN 3's ({@code onednn3}), installed into a
 * built network's layers by {@link nnwb.compute.dl4j.kernels.Kernels}.
 */
package nnwb.compute.dl4j.kernels;
