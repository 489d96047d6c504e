package nnwb.ui.events;

/** Topics the shell posts for every tool. */
public final class ToolEvents {

    /** The overview opened a tool's view; the data ({@code org.eclipse.e4.data}) is the view id. */
    public static final String OPENED_FROM_OVERVIEW = "nnwb/tool/openedFromOverview";

    private ToolEvents() {
    }
}
