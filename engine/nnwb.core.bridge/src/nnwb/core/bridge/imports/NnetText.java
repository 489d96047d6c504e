package nnwb.core.bridge.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the {@code .nnet} text of an import: a header saying where it came from, the input line, then one
 * named line per layer, with {@code from=} where a line does not read the line before it and earlier layers
 * named as the arguments of {@code add}, {@code mul} and {@code concat}.
 */
final class NnetText {

    private NnetText() {
    }

    static String write(String network, List<String> header, String inputLine, String inputTensor, List<NnetLayer> layers) {
        StringBuilder b = new StringBuilder();
        header.forEach(h -> b.append("# ").append(h).append('\n'));
        b.append("network ").append(network).append('\n');
        b.append(inputLine).append("\n\n");
        Map<String, String> nameOf = new HashMap<>();
        nameOf.put(inputTensor, "input");
        String previous = inputTensor;
        for (NnetLayer l : layers) {
            b.append(l.name).append(": ").append(l.kind);
            if (l.merges()) {
                l.inputs.forEach(i -> b.append(' ').append(nameOf.get(i)));
            }
            l.args.forEach(a -> b.append(' ').append(a));
            if (!l.merges() && !l.inputs.get(0).equals(previous)) {
                b.append(" from=").append(nameOf.get(l.inputs.get(0)));
            }
            b.append('\n');
            nameOf.put(l.output, l.name);
            previous = l.output;
        }
        return b.toString();
    }
}
