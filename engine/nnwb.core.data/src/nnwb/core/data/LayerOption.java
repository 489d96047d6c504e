package nnwb.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;

/**
 * A run configuration's option for one layer of the model: frozen (its parameters are never updated) and/or its
 * initial weights given as kernels, one per output channel, each a filter-canvas kernel text: a preset
 * ({@code sobel-x}, {@code sobel-y}, {@code laplacian}, {@code blur}, {@code gaussian:sigma=1}, ... from
 * {@link nnwb.core.filter.kernel.KernelPreset}) or rows such as {@code -1,0,1;-2,0,2;-1,0,1}. A kernel is applied to
 * every input channel of its output channel; the biases start at zero. Rows may stand in brackets, as on the
 * command line.
 *
 * @param layer   the layer's name in the model (e.g. {@code conv1})
 * @param frozen  true: no updates while training
 * @param kernels the initial kernels, one per output channel, or empty to keep the run's initialisation
 */
public record LayerOption(String layer, boolean frozen, List<String> kernels) {

    public LayerOption {
        Objects.requireNonNull(layer, "layer");
        kernels = kernels == null ? List.of() : List.copyOf(kernels);
    }

    /**
     * The kernels as matrices.
     *
     * @throws IllegalArgumentException naming the layer and the kernel that cannot be read
     */
    public List<double[][]> kernelValues() {
        List<double[][]> out = new ArrayList<>();
        for (int i = 0; i < kernels.size(); i++) {
            Kernel k;
            try {
                String t = kernels.get(i).strip();
                k = KernelParser.parse(t.startsWith("[") && t.endsWith("]") ? t.substring(1, t.length() - 1) : t);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("initial kernel " + (i + 1) + " of " + layer + ": " + e.getMessage());
            }
            out.add(k.values().toArray());
        }
        return out;
    }

    /**
     * Splits a list of kernels written in one line: kernels separated by commas, a literal kernel in brackets
     * ({@code sobel-x,[0,1,0;1,-4,1;0,1,0]}) so its own commas do not split it.
     *
     * @throws IllegalArgumentException when the brackets do not pair up or an item is empty
     */
    public static List<String> splitKernels(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char ch : text.toCharArray()) {
            if (ch == '[') {
                if (depth++ > 0) {
                    throw new IllegalArgumentException("nested '[' in kernels '" + text + "'");
                }
            } else if (ch == ']') {
                if (--depth < 0) {
                    throw new IllegalArgumentException("a ']' without '[' in kernels '" + text + "'");
                }
            } else if (ch == ',' && depth == 0) {
                add(out, cur, text);
            } else {
                cur.append(ch);
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("a '[' without ']' in kernels '" + text + "'");
        }
        add(out, cur, text);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur, String text) {
        String s = cur.toString().strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("an empty kernel in '" + text + "'");
        }
        out.add(s);
        cur.setLength(0);
    }

    /** One line, e.g. {@code conv1 frozen, kernels sobel-x, sobel-y}. */
    public String summary() {
        return layer + (frozen ? " frozen" : "") + (kernels.isEmpty() ? "" : (frozen ? ", " : " ") + "kernels "
                + String.join(" | ", kernels));
    }
}
