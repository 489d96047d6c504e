package nnwb.core.optim.expr;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expressions compiled into one straight-line program: every distinct node (by identity) becomes one
 * instruction, so subtrees shared between a function and its derivatives, or inside a derivative, are
 * evaluated once per call. Thread-safe; each call uses its own registers.
 */
final class Program {

    private static final byte NUM = 0;
    private static final byte VAR = 1;
    private static final byte NEG = 2;
    private static final byte BIN = 3;
    private static final byte CALL = 4;

    private final byte[] kind;
    private final char[] op;
    private final int[] left;
    private final int[] right;
    private final double[] value;
    private final Fn[] fn;
    private final int[] outputs;

    private Program(List<Node> order, Map<Node, Integer> index, List<Node> roots) {
        int n = order.size();
        kind = new byte[n];
        op = new char[n];
        left = new int[n];
        right = new int[n];
        value = new double[n];
        fn = new Fn[n];
        for (int i = 0; i < n; i++) {
            if (order.get(i) instanceof Node.Num c) {
                kind[i] = NUM;
                value[i] = c.value();
            } else if (order.get(i) instanceof Node.Var v) {
                kind[i] = VAR;
                left[i] = v.index();
            } else if (order.get(i) instanceof Node.Neg g) {
                kind[i] = NEG;
                left[i] = index.get(g.u());
            } else if (order.get(i) instanceof Node.Bin b) {
                kind[i] = BIN;
                op[i] = b.op();
                left[i] = index.get(b.l());
                right[i] = index.get(b.r());
            } else if (order.get(i) instanceof Node.Call c) {
                kind[i] = CALL;
                fn[i] = c.fn();
                left[i] = index.get(c.arg());
            }
        }
        outputs = roots.stream().mapToInt(index::get).toArray();
    }

    /** Compiles the roots; children always come before their parents. */
    static Program of(List<Node> roots) {
        Map<Node, Integer> index = new IdentityHashMap<>();
        List<Node> order = new ArrayList<>();
        for (Node r : roots) {
            visit(r, index, order);
        }
        return new Program(order, index, roots);
    }

    private static void visit(Node n, Map<Node, Integer> index, List<Node> order) {
        if (index.containsKey(n)) {
            return;
        }
        if (n instanceof Node.Neg g) {
            visit(g.u(), index, order);
        } else if (n instanceof Node.Bin b) {
            visit(b.l(), index, order);
            visit(b.r(), index, order);
        } else if (n instanceof Node.Call c) {
            visit(c.arg(), index, order);
        } else {
        }
        index.put(n, order.size());
        order.add(n);
    }

    /** The number of instructions. */
    int size() {
        return kind.length;
    }

    /** Evaluates every root at {@code (x, y)} into {@code out}. */
    void eval(double x, double y, double[] out) {
        double[] r = new double[kind.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = switch (kind[i]) {
                case NUM -> value[i];
                case VAR -> left[i] == 0 ? x : y;
                case NEG -> -r[left[i]];
                case CALL -> fn[i].apply(r[left[i]]);
                default -> apply(op[i], r[left[i]], r[right[i]]);
            };
        }
        for (int k = 0; k < outputs.length; k++) {
            out[k] = r[outputs[k]];
        }
    }

    private static double apply(char op, double a, double b) {
        return switch (op) {
            case '+' -> a + b;
            case '-' -> a - b;
            case '*' -> a * b;
            case '/' -> a / b;
            default -> Math.pow(a, b);
        };
    }
}
