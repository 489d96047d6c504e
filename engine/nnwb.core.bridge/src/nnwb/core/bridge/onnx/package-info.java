/** Reading ONNX models: the protobuf wire format of onnx.proto read field by field, within size and count limits. */
package nnwb.core.bridge.onnx;
