package nnwb.core.bridge.onnx;

/**
 * What a read may cost: the file size checked before any parsing, and counts that bound memory and time
 * while parsing (nodes, initializers, attributes per node, values in one list, dimensions of one tensor,
 * characters of one string). Weights are skipped, never held: a tensor keeps its values only up to
 * {@code maxConstantValues}.
 */
public record OnnxLimits(long maxFileBytes, int maxNodes, int maxTensors, int maxAttributes, int maxListValues, int maxDims,
        int maxStringBytes, int maxConstantValues) {

    /** 1 GiB files, 200,000 nodes and tensors: far above any torchvision classifier, far below what breaks the heap. */
    public static final OnnxLimits DEFAULT = new OnnxLimits(1L << 30, 200_000, 200_000, 1_000, 65_536, 16, 65_536, 4_096);

    /** The same limits with another file size. */
    public OnnxLimits withMaxFileBytes(long bytes) {
        return new OnnxLimits(bytes, maxNodes, maxTensors, maxAttributes, maxListValues, maxDims, maxStringBytes, maxConstantValues);
    }
}
