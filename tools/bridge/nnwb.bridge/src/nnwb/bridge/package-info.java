/** The bridge to PyTorch as the workbench uses it: an ONNX file to a .nnet model, a .nnet model to PyTorch source. */
package nnwb.bridge;
