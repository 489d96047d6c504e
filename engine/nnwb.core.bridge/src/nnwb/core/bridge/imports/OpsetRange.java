package nnwb.core.bridge.imports;

/**
 * The opsets of the default ONNX domain an import accepts: from 9 (the oldest {@code torch.onnx.export}
 * still writes, with {@code Upsample} and attribute-valued {@code Clip}) to 21, the newest whose operators
 * used here are checked against their specification. Others get one clear line.
 */
public final class OpsetRange {

    public static final long MIN = 9;
    public static final long MAX = 21;

    private OpsetRange() {
    }

    /** Null when {@code opset} is accepted, else the reason. */
    public static String problem(long opset) {
        if (opset < MIN) {
            return "opset " + opset + " is too old: the import reads opsets " + MIN + " to " + MAX
                    + " (export again with torch.onnx.export(..., opset_version=" + 14 + "))";
        }
        if (opset > MAX) {
            return "opset " + opset + " is too new: the import reads opsets " + MIN + " to " + MAX
                    + " (export with torch.onnx.export(..., opset_version=" + 14 + "))";
        }
        return null;
    }
}
