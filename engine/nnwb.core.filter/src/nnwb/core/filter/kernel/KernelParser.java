package nnwb.core.filter.kernel;

import nnwb.core.filter.MatrixText;
import nnwb.core.filter.NamedSpec;

/**
 * Reads a kernel typed as text: either rows of weights ({@code "-1,0,1;-2,0,2;-1,0,1"}, fractions such as
 * {@code 1/9} allowed) or a preset name with optional parameters ({@code "sobel-x"},
 * {@code "gaussian:sigma=1.5,size=5"}, {@code "box-blur:size=5"}).
 */
public final class KernelParser {

    private KernelParser() {
    }

    /**
     * The kernel described by {@code text}.
     *
     * @throws IllegalArgumentException with a one-line message naming what is wrong
     */
    public static Kernel parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("kernel is empty: give a preset (" + String.join(", ", KernelPreset.keys())
                    + ") or rows like -1,0,1;-2,0,2;-1,0,1");
        }
        if (MatrixText.looksLikeMatrix(text)) {
            return new Kernel(MatrixText.parse("kernel", text));
        }
        NamedSpec spec = NamedSpec.parse("kernel", text);
        KernelPreset preset = KernelPreset.byName(spec.name()).orElseThrow(() -> new IllegalArgumentException(
                "unknown kernel '" + spec.name() + "'; presets: " + String.join(", ", KernelPreset.keys())
                        + ", or rows like 1,2,1;0,0,0;-1,-2,-1"));
        return preset.build(spec);
    }
}
