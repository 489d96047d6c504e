/** From an ONNX graph to a .nnet description: operators mapped to layer kinds, names from the ONNX nodes. */
package nnwb.core.bridge.imports;
