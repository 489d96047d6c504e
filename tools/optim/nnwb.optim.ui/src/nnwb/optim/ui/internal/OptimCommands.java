package nnwb.optim.ui.internal;

/** The Optimizer traces view's commands (declared in plugin.xml, handled in the part's context). */
public final class OptimCommands {

    /** Export CSV…: the traces as CSV. */
    public static final String EXPORT_CSV = "nnwb.optim.ui.exportCsv";
    /** Export PNG…: the plot on the current tab. */
    public static final String EXPORT_PNG = "nnwb.optim.ui.exportPng";
    /** Open preset…: a problem with optimizers and settings. */
    public static final String OPEN_PRESET = "nnwb.optim.ui.openPreset";
    /** Save preset…: this problem, these optimizers and settings. */
    public static final String SAVE_PRESET = "nnwb.optim.ui.savePreset";

    private OptimCommands() {
    }
}
