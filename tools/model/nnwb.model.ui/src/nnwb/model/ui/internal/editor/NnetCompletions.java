package nnwb.model.ui.internal.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnwb.core.model.LayerKind;

/**
 * Content assist for {@code .nnet} text, display-free: at the start of a statement the layer kinds and the
 * top-level words ({@code network}, {@code symbol}, {@code input}, {@code block}, {@code end}, and the
 * coursework shorthands); after a layer kind its parameters as {@code name=}.
 */
public final class NnetCompletions {

    /** Top-level words with what they do. */
    static final Map<String, String> STATEMENTS = new LinkedHashMap<>();

    static {
        STATEMENTS.put("network", "network NAME: names the model");
        STATEMENTS.put("symbol", "symbol NAME=DEFAULT: a size that stays a symbol until given a value");
        STATEMENTS.put("input", "input WxHxC, or input channels=C size=S");
        STATEMENTS.put("block", "block NAME PARAMS ... end: a reusable group of layers");
        STATEMENTS.put("end", "ends a block");
        STATEMENTS.put("CONV3-", "coursework shorthand CONVk-F: k x k convolution, F filters, padding k//2");
        STATEMENTS.put("POOL2", "coursework shorthand POOLk: k x k max pooling, stride k");
        STATEMENTS.put("FC-", "coursework shorthand FC-K: fully connected, K outputs");
        STATEMENTS.put("FLATTEN", "flattens to a vector");
    }

    private NnetCompletions() {
    }

    /** One proposal: replace {@code length} characters at {@code offset} by {@code text}. */
    public record Proposal(int offset, int length, String text, String description) {
    }

    /** The proposals at {@code offset} in {@code text}. */
    public static List<Proposal> at(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        String before = text.substring(lineStart, offset);
        int scan = offset;
        while (scan > lineStart && isWordChar(text.charAt(scan - 1))) {
            scan--;
        }
        int wordStart = scan;
        String prefix = text.substring(wordStart, offset).toLowerCase(Locale.ROOT);
        String head = before.substring(0, wordStart - lineStart);
        String statement = head.contains(":") ? head.substring(head.indexOf(':') + 1) : head;
        List<Proposal> out = new ArrayList<>();
        if (statement.isBlank()) {
            for (LayerKind k : LayerKind.values()) {
                add(out, wordStart, offset, prefix, k.keyword(), k.description());
            }
            STATEMENTS.forEach((w, d) -> add(out, wordStart, offset, prefix, w, d));
            return out;
        }
        LayerKind kind = LayerKind.lookup(statement.trim().split("\\s+")[0]);
        if (kind != null) {
            for (String p : kind.parameters()) {
                add(out, wordStart, offset, prefix, p + "=", kind.keyword() + ": " + p);
            }
            for (String p : LayerKind.COMMON_PARAMETERS) {
                add(out, wordStart, offset, prefix, p + "=", p.equals("from") ? "input layer (default: the line above)"
                        : "repeat this line or block COUNT times");
            }
        }
        return out;
    }

    private static void add(List<Proposal> out, int start, int offset, String prefix, String word, String description) {
        if (word.toLowerCase(Locale.ROOT).startsWith(prefix)) {
            out.add(new Proposal(start, offset - start, word, description));
        }
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
