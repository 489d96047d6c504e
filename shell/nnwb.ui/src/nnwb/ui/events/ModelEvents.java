package nnwb.ui.events;

/**
 * Topics of the open network models, posted by the model editor through the event broker; any tool
 * subscribes with {@code @Inject @Optional @UIEventTopic(ModelEvents.ANALYSED)} and never looks at the
 * editor itself.
 */
public final class ModelEvents {

    /** A model was analysed (after an edit, an option change or its editor's activation): a {@link ModelAnalysed}. */
    public static final String ANALYSED = "nnwb/model/analysed";
    /** A tool that just opened asks the active model's editor to post {@link #ANALYSED} again; no data. */
    public static final String LATEST_REQUESTED = "nnwb/model/latestRequested";
    /** A model's editor closed: the data is the {@link ModelAnalysed#origin()} it posted with. */
    public static final String CLOSED = "nnwb/model/closed";

    private ModelEvents() {
    }
}
