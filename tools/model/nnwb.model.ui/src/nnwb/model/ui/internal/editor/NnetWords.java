package nnwb.model.ui.internal.editor;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import nnwb.core.model.LayerKind;

/** Which words of a {@code .nnet} line the editor colours as keywords, layer kinds or shorthands. */
public final class NnetWords {

    private static final Set<String> KEYWORDS = Set.of("network", "symbol", "input", "block", "end");
    private static final Pattern SHORTHAND = Pattern.compile("(?i)(conv\\d+(-\\w+)?|pool\\d+|fc-\\w+|flatten)");
    private static final Set<String> KINDS = new HashSet<>();

    static {
        for (LayerKind k : LayerKind.values()) {
            KINDS.add(k.keyword());
            k.aliases().forEach(a -> KINDS.add(a.toLowerCase(Locale.ROOT)));
        }
    }

    /** What a word is. */
    public enum Kind {
        KEYWORD, LAYER, SHORTHAND, OTHER
    }

    private NnetWords() {
    }

    public static Kind classify(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (KEYWORDS.contains(w)) {
            return Kind.KEYWORD;
        }
        if (SHORTHAND.matcher(word).matches() && !w.equals(word)) {
            return Kind.SHORTHAND;
        }
        if (KINDS.contains(w)) {
            return Kind.LAYER;
        }
        return Kind.OTHER;
    }
}
