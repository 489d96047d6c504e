/** File > Import > ONNX model: a thin wizard over nnwb.bridge.OnnxFiles. */
package nnwb.bridge.ui.internal;
