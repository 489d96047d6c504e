package nnwb.train.ui.internal;

import java.util.ArrayList;
import java.util.List;

import nnwb.core.data.LayerOption;

/**
 * The run dialog's Layers field: one layer per line, {@code LAYER [frozen] [KERNEL, KERNEL, ...]}, e.g.
 * {@code conv1 frozen sobel-x, sobel-y, [0,1,0;1,-4,1;0,1,0]}. Display-free.
 */
public final class LayerLines {

    private LayerLines() {
    }

    /** The field's text for {@code options}. */
    public static String write(List<LayerOption> options) {
        StringBuilder b = new StringBuilder();
        for (LayerOption o : options) {
            b.append(b.length() == 0 ? "" : "\n").append(o.layer());
            if (o.frozen()) {
                b.append(" frozen");
            }
            if (!o.kernels().isEmpty()) {
                b.append(' ').append(String.join(", ", o.kernels().stream().map(k -> k.contains(",") ? "[" + k + "]" : k)
                        .toList()));
            }
        }
        return b.toString();
    }

    /**
     * The options the text gives.
     *
     * @throws IllegalArgumentException with a sentence naming the line that cannot be read
     */
    public static List<LayerOption> read(String text) {
        List<LayerOption> out = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String layer = parts[0];
            String rest = parts.length > 1 ? parts[1].strip() : "";
            boolean frozen = false;
            if (rest.equals("frozen") || rest.startsWith("frozen ")) {
                frozen = true;
                rest = rest.substring("frozen".length()).strip();
            }
            if (!frozen && rest.isEmpty()) {
                throw new IllegalArgumentException("Layers, line " + (i + 1) + ": write LAYER frozen and/or kernels, e.g."
                        + " conv1 frozen sobel-x, sobel-y.");
            }
            try {
                List<String> kernels = rest.isEmpty() ? List.of() : LayerOption.splitKernels(rest);
                out.add(new LayerOption(layer, frozen, kernels));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Layers, line " + (i + 1) + ": " + e.getMessage() + ".");
            }
        }
        return out;
    }
}
