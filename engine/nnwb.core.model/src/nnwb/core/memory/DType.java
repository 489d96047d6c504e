package nnwb.core.memory;

import java.util.Locale;

/** Storage type of weights, activations, gradients and optimizer state, with its size in bytes. */
public enum DType {
    FP32(4), FP16(2), BF16(2), FP8(1);

    private final int bytes;

    DType(int bytes) {
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }

    /** The lower-case name, e.g. {@code fp32}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type spelled {@code s} ({@code fp32}, {@code fp16}, {@code bf16}, {@code fp8}), or null. */
    public static DType parse(String s) {
        for (DType d : values()) {
            if (d.label().equalsIgnoreCase(s.trim())) {
                return d;
            }
        }
        return null;
    }
}
