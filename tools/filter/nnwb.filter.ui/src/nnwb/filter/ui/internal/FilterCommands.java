package nnwb.filter.ui.internal;

/** The Filter canvas's file commands (declared in plugin.xml, handled in the part's context). */
public final class FilterCommands {

    /** Open image…: a PNG or JPEG as the input of the Image tab. */
    public static final String OPEN_IMAGE = "nnwb.filter.ui.openImage";
    /** Open model…: a DL4J model zip whose first convolution's kernels the Learned filters tab shows. */
    public static final String OPEN_MODEL = "nnwb.filter.ui.openModel";
    /** Open run folder…: a training run's folder holding its model zip. */
    public static final String OPEN_RUN = "nnwb.filter.ui.openRun";

    private FilterCommands() {
    }
}
