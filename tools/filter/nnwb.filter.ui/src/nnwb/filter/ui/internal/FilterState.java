package nnwb.filter.ui.internal;

import nnwb.ui.parts.SavedState;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;

/**
 * The Filter canvas's settings as text, kept across restarts in its part's persisted state: the kernel (as
 * {@link Kernel#toText()} writes it), where it came from and the selected tab, one {@code key = value} per line.
 * {@link #parse} rejects anything else (and any kernel {@link KernelParser} rejects), so a corrupt state changes
 * nothing.
 *
 * @param kernel the kernel being designed
 * @param source where it came from ("painted", a preset's name)
 * @param tab    the selected tab (0 Image .. 4 Learned filters)
 */
public record FilterState(Kernel kernel, String source, int tab) {

    /** Tabs the canvas has. */
    public static final int TABS = 5;
    /** Longest line read. */
    public static final int MAX_LINE = 20_000;

    /** The settings as text. */
    public String format() {
        return "# NN Workbench filter canvas\n" + "kernel = " + kernel.toText() + "\n" + "source = "
                + source.replace('\n', ' ') + "\n" + "tab = " + tab + "\n";
    }

    /** Reads {@link #format}'s text; throws {@link IllegalArgumentException} naming the bad line. */
    public static FilterState parse(String text) {
        Kernel kernel = null;
        String source = "restored";
        int tab = 0;
        for (SavedState.Entry e : SavedState.entries(text)) {
            if (e.key().length() + e.value().length() > MAX_LINE) {
                throw e.error("line too long");
            }
            String key = e.key();
            String value = e.value();
            switch (key) {
                case "kernel" -> kernel = KernelParser.parse(value);
                case "source" -> source = value;
                case "tab" -> {
                    try {
                        tab = Integer.parseInt(value);
                    } catch (NumberFormatException x) {
                        throw e.error("tab is not a number");
                    }
                    if (tab < 0 || tab >= TABS) {
                        throw e.error("no tab " + tab);
                    }
                }
                default -> throw e.error("unknown setting '" + key + "'");
            }
        }
        if (kernel == null) {
            throw new IllegalArgumentException("no kernel");
        }
        return new FilterState(kernel, source, tab);
    }
}
