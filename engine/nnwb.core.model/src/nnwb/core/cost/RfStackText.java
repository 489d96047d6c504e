package nnwb.core.cost;

import nnwb.core.graph.Graph;
import nnwb.core.graph.LayerParams;
import nnwb.core.graph.Node;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import nnwb.core.model.LayerKind;
import nnwb.core.symbolic.Poly;

/**
 * A model's convolution and pooling layers as the conv calculator's stack text ({@code k3s1p1, k2s2, (k3s1p1 | )}),
 * along the first spatial axis, with residual and concat branches as parallel paths. Layers that do not change
 * the receptive field (activations, batch norm, dropout) are left out; the stack ends at the first layer that
 * sees the whole input (global pooling, flatten, fully connected) or that the stack cannot express (transposed
 * convolution, upsampling), and {@link Result#note()} says why.
 */
public final class RfStackText {

    /** The stack text, and a note when the model could not be followed to its end (null otherwise). */
    public record Result(String text, String note) {
    }

    private final Map<Node, List<Object>> paths = new IdentityHashMap<>();
    private String note;

    private RfStackText() {
    }

    /** The stack of an analysed model. */
    public static Result of(Graph graph) {
        RfStackText s = new RfStackText();
        List<Object> last = List.of();
        for (Node n : graph.nodes()) {
            List<Object> p = s.path(n);
            if (p == null) {
                break;
            }
            last = p;
        }
        return new Result(render(last), s.note);
    }

    /** Items are token strings or {@code List<List<Object>>} branch groups. */
    private List<Object> path(Node n) {
        if (n.isInput()) {
            paths.put(n, List.of());
            return List.of();
        }
        List<List<Object>> ins = new ArrayList<>();
        for (Node in : n.inputs()) {
            List<Object> p = paths.get(in);
            if (p == null) {
                return null;
            }
            ins.add(p);
        }
        if (ins.isEmpty()) {
            return null;
        }
        List<Object> base = ins.size() == 1 ? new ArrayList<>(ins.get(0)) : merge(ins);
        String stop = stopReason(n);
        if (stop != null) {
            note = "stack ends before " + n.name() + ": " + stop;
            return null;
        }
        String token = token(n);
        if (token == null && note != null) {
            return null;
        }
        if (token != null) {
            base.add(token);
        }
        List<Object> result = List.copyOf(base);
        paths.put(n, result);
        return result;
    }

    private static List<Object> merge(List<List<Object>> ins) {
        int common = 0;
        outer:
        while (true) {
            for (List<Object> p : ins) {
                if (p.size() <= common || p.get(common) != ins.get(0).get(common)) {
                    break outer;
                }
            }
            common++;
        }
        List<Object> merged = new ArrayList<>(ins.get(0).subList(0, common));
        List<List<Object>> branches = new ArrayList<>();
        for (List<Object> p : ins) {
            branches.add(p.subList(common, p.size()));
        }
        merged.add(branches);
        return merged;
    }

    private static String stopReason(Node n) {
        LayerKind k = n.kind();
        if (k == LayerKind.GLOBAL_AVG_POOL || k == LayerKind.ADAPTIVE_AVG_POOL || k == LayerKind.FLATTEN
                || k == LayerKind.FC) {
            return "it sees the whole input";
        }
        if (k == LayerKind.CONV_TRANSPOSE || k == LayerKind.UPSAMPLE) {
            return "the stack mode has no transposed or upsampling layers";
        }
        if (!n.multiplier().equals(Poly.ONE)) {
            return "it repeats a symbolic number of times";
        }
        return null;
    }

    private String token(Node n) {
        LayerKind k = n.kind();
        if (k != LayerKind.CONV && k != LayerKind.MAX_POOL && k != LayerKind.AVG_POOL) {
            return null;
        }
        LayerParams p = n.params();
        Poly[] v = {p.kernel().get(0), p.stride().get(0), p.padBefore().get(0),
            p.dilation().isEmpty() ? Poly.ONE : p.dilation().get(0)};
        for (Poly x : v) {
            if (!x.isConstant() || !x.isInteger()) {
                note = "stack ends before " + n.name() + ": its sizes are symbolic; give the symbols values";
                return null;
            }
        }
        StringBuilder t = new StringBuilder("k").append(v[0].longValue()).append('s').append(v[1].longValue());
        if (v[2].longValue() != 0) {
            t.append('p').append(v[2].longValue());
        }
        if (v[3].longValue() != 1) {
            t.append('d').append(v[3].longValue());
        }
        return t.toString();
    }

    @SuppressWarnings("unchecked")
    private static String render(List<Object> items) {
        List<String> parts = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof String s) {
                parts.add(s);
            } else {
                List<String> alternatives = new ArrayList<>();
                for (List<Object> branch : (List<List<Object>>) o) {
                    alternatives.add(render(branch));
                }
                parts.add("(" + String.join(" | ", alternatives) + ")");
            }
        }
        return String.join(", ", parts);
    }
}
