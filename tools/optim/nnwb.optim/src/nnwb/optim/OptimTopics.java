package nnwb.optim;

/**
 * Event topics of the optimizer-trace tool (post them with the e4 {@code IEventBroker}).
 */
public final class OptimTopics {

    /**
     * Opens a preset in the optimizer-trace view (showing the view if needed). The data
     * ({@code org.eclipse.e4.data}) is a {@link String}: either the preset text itself ({@link OptimPreset#format})
     * or the path of a preset file. Text is recognised by a line break or a {@code problem =} line.
     */
    public static final String OPEN_PRESET = "nnwb/optim/openPreset";

    private OptimTopics() {
    }
}
