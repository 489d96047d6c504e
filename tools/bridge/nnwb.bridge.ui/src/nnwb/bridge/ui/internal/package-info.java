/** File > Import > ONNX model and File > Export > PyTorch module: thin wizards over nnwb.bridge.OnnxFiles and PyTorchFiles. */
package nnwb.bridge.ui.internal;
