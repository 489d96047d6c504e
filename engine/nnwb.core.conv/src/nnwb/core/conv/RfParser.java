package nnwb.core.conv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a typed layer stack such as {@code k7s2p3, k3s2p1, (k3s1p1, k3s1p1 | ), k2s2}: comma-separated layer
 * tokens of letters {@code k} (kernel, required), {@code s} (stride, default 1), {@code p} (padding before,
 * default 0) and {@code d} (dilation, default 1), each followed by a number, in any order; parentheses hold
 * parallel paths separated by {@code |}, an empty path being the identity of a residual connection.
 */
public final class RfParser {

    private final String text;
    private int pos;

    private RfParser(String text) {
        this.text = text.toLowerCase(Locale.ROOT);
    }

    /**
     * A parse outcome: the nodes, or an error message naming the offset.
     *
     * @param nodes the parsed stack (empty on error)
     * @param error null when the text parsed
     */
    public record Result(List<RfNode> nodes, String error) {

        public boolean ok() {
            return error == null;
        }
    }

    /** Parses {@code text}; never throws for bad text. */
    public static Result parse(String text) {
        if (text == null || text.isBlank()) {
            return new Result(List.of(), "give at least one layer, e.g. k3s1,k2s2");
        }
        RfParser p = new RfParser(text);
        try {
            List<RfNode> nodes = p.list(false);
            p.skipSpaces();
            if (p.pos < p.text.length()) {
                throw p.error("unexpected '" + p.text.charAt(p.pos) + "'");
            }
            return new Result(nodes, null);
        } catch (IllegalArgumentException e) {
            return new Result(List.of(), e.getMessage());
        }
    }

    private List<RfNode> list(boolean inBranch) {
        List<RfNode> nodes = new ArrayList<>();
        skipSpaces();
        if (inBranch && (peek() == '|' || peek() == ')')) {
            return nodes;
        }
        nodes.add(item());
        skipSpaces();
        while (peek() == ',') {
            pos++;
            nodes.add(item());
            skipSpaces();
        }
        return nodes;
    }

    private RfNode item() {
        skipSpaces();
        if (peek() != '(') {
            return layer();
        }
        pos++;
        List<List<RfNode>> paths = new ArrayList<>();
        paths.add(list(true));
        while (peek() == '|') {
            pos++;
            paths.add(list(true));
        }
        if (peek() != ')') {
            throw error("expected ')' or '|'");
        }
        pos++;
        return new RfBranches(paths);
    }

    private RfLayer layer() {
        int start = pos;
        long[] values = {-1, 1, 0, 1};
        boolean[] seen = new boolean[4];
        while (pos < text.length() && "kspd".indexOf(text.charAt(pos)) >= 0) {
            int which = "kspd".indexOf(text.charAt(pos++));
            if (seen[which]) {
                throw error("'" + "kspd".charAt(which) + "' given twice");
            }
            seen[which] = true;
            values[which] = number();
        }
        if (pos == start) {
            throw error(peek() == 0 ? "expected a layer such as k3s1" : "expected a layer such as k3s1, got '" + peek() + "'");
        }
        if (!seen[0]) {
            throw error("layer '" + text.substring(start, pos) + "' needs a kernel size k");
        }
        return new RfLayer(text.substring(start, pos), values[0], values[1], values[2], values[3]);
    }

    private long number() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos || pos - start > 10) {
            throw error("expected a number of at most 10 digits");
        }
        return Long.parseLong(text.substring(start, pos));
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at offset " + pos);
    }
}
