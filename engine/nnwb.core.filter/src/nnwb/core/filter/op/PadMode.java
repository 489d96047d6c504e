package nnwb.core.filter.op;

import java.util.Locale;

import nnwb.core.conv.PaddingMode;

/**
 * How padding cells are filled, named as PyTorch's {@code padding_mode}. With input cells {@code 0..n-1} and a
 * padding coordinate {@code c} outside that range: zero gives 0; circular reads cell {@code c mod n}; reflect
 * mirrors about the edge cell without repeating it ({@code -1 -> 1}, {@code n -> n-2}); replicate repeats the
 * edge cell ({@code -1 -> 0}, {@code n -> n-1}).
 */
public enum PadMode {
    ZERO,
    CIRCULAR,
    REFLECT,
    REPLICATE;

    /**
     * The conv-arithmetic engine's mode used for validation. That engine has no replicate mode; replicate
     * accepts any padding amount (as PyTorch does), so it is validated as zero padding.
     */
    public PaddingMode arithmeticMode() {
        return switch (this) {
            case ZERO, REPLICATE -> PaddingMode.ZERO;
            case CIRCULAR -> PaddingMode.CIRCULAR;
            case REFLECT -> PaddingMode.REFLECT;
        };
    }

    /** Reads {@code zero|circular|reflect|replicate} (also "zeros", "constant", "wrap", "mirror", "edge"). */
    public static PadMode parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "zero", "zeros", "constant" -> ZERO;
            case "circular", "wrap", "periodic" -> CIRCULAR;
            case "reflect", "mirror" -> REFLECT;
            case "replicate", "edge", "clamp" -> REPLICATE;
            default -> throw new IllegalArgumentException("unknown padding '" + text + "'; use zero, circular, reflect or replicate");
        };
    }

    /** Lower-case name for text and JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
