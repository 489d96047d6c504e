package nnwb.core.bridge.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names the lines after their ONNX nodes. PyTorch names a node by its module scope and operator,
 * {@code /layer1/layer1.0/conv1/Conv}: the line is then named by the module path, {@code layer1.0.conv1}, the name
 * PyTorch's {@code named_modules()} gives; where several lines share a module, or the module holds others
 * (a functional {@code + } inside a block), the operator is appended: {@code layer1.0.add}. Other node names are
 * kept, with characters {@code .nnet} does not allow replaced by {@code _}; repeated names get {@code _2},
 * {@code _3}.
 */
final class LayerNames {

    private LayerNames() {
    }

    static void assign(List<NnetLayer> layers) {
        List<String[]> scoped = new ArrayList<>();
        Map<String, Integer> pathUse = new HashMap<>();
        for (NnetLayer l : layers) {
            String[] s = scope(l.last().name());
            scoped.add(s);
            if (!s[0].isEmpty()) {
                pathUse.merge(s[0], 1, Integer::sum);
            }
        }
        Set<String> containers = new HashSet<>();
        for (String path : pathUse.keySet()) {
            for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
                containers.add(path.substring(0, dot));
            }
        }
        Set<String> taken = new HashSet<>(Set.of("input"));
        for (int i = 0; i < layers.size(); i++) {
            NnetLayer l = layers.get(i);
            String path = scoped.get(i)[0];
            String op = scoped.get(i)[1];
            String candidate;
            if (path.isEmpty()) {
                candidate = op.isEmpty() ? l.kind : op;
            } else if (pathUse.get(path) == 1 && !containers.contains(path)) {
                candidate = path;
            } else {
                candidate = path + "." + op;
            }
            String name = sanitize(candidate);
            String unique = name;
            for (int k = 2; taken.contains(unique); k++) {
                unique = name + "_" + k;
            }
            taken.add(unique);
            l.name = unique;
        }
    }

    /** {module path, operator in lower case}; an unscoped name is all operator. */
    static String[] scope(String nodeName) {
        if (!nodeName.startsWith("/")) {
            return new String[] {"", nodeName};
        }
        String[] seg = java.util.Arrays.stream(nodeName.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
        if (seg.length == 0) {
            return new String[] {"", ""};
        }
        String path = "";
        for (int i = 0; i < seg.length - 1; i++) {
            path = join(path, seg[i]);
        }
        return new String[] {path, seg[seg.length - 1].toLowerCase(Locale.ROOT)};
    }

    /** PyTorch writes a child of a Sequential qualified by its parent's name: {@code layer1} then {@code layer1.0}. */
    private static String join(String path, String segment) {
        int dot = segment.lastIndexOf('.');
        if (dot > 0) {
            String parent = segment.substring(0, dot);
            if (path.equals(parent)) {
                return segment;
            }
            if (path.endsWith("." + parent)) {
                return path + segment.substring(dot);
            }
        }
        return path.isEmpty() ? segment : path + "." + segment;
    }

    static String sanitize(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) || c == '_' || c == '.' ? c : '_');
        }
        String r = b.toString().replaceAll("\\.{2,}", ".").replaceAll("^\\.+|\\.+$", "");
        if (r.isEmpty() || !(Character.isLetter(r.charAt(0)) || r.charAt(0) == '_')) {
            r = "l" + r;
        }
        return r;
    }
}
