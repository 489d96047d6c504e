package nnwb.train.ui.internal;

import nnwb.ui.parts.SavedState;
import java.util.ArrayList;
import java.util.List;

/**
 * The Training runner's view settings as text, kept across restarts in its part's persisted state: the selected
 * item of the configuration tree (its labels from the top, one {@code selected} line each) and the selected tab.
 * {@link #parse} rejects anything else, so a corrupt state changes nothing. (The configurations themselves are
 * files in the workspace.)
 *
 * @param selected the selected item's labels from the top level down (empty: none)
 * @param tab      the selected tab (0 Monitor .. 3 Runs)
 */
public record RunnerState(List<String> selected, int tab) {

    /** Deepest path read, and longest label. */
    public static final int MAX_DEPTH = 8;
    public static final int MAX_LABEL = 1_000;

    public RunnerState {
        selected = List.copyOf(selected);
    }

    /** The settings as text. */
    public String format() {
        StringBuilder sb = new StringBuilder("# NN Workbench training runner\n");
        for (String s : selected) {
            sb.append("selected = ").append(s.replace('\n', ' ')).append('\n');
        }
        return sb.append("tab = ").append(tab).append('\n').toString();
    }

    /** Reads {@link #format}'s text; throws {@link IllegalArgumentException} naming the bad line. */
    public static RunnerState parse(String text) {
        List<String> selected = new ArrayList<>();
        int tab = 0;
        for (SavedState.Entry e : SavedState.entries(text)) {
            String key = e.key();
            String value = e.value();
            switch (key) {
                case "selected" -> {
                    if (selected.size() >= MAX_DEPTH || value.length() > MAX_LABEL) {
                        throw e.error("selection too deep or too long");
                    }
                    selected.add(value);
                }
                case "tab" -> tab = switch (value) {
                    case "0" -> 0;
                    case "1" -> 1;
                    case "2" -> 2;
                    case "3" -> 3;
                    default -> throw e.error("no tab " + value);
                };
                default -> throw e.error("unknown setting '" + key + "'");
            }
        }
        return new RunnerState(selected, tab);
    }
}
