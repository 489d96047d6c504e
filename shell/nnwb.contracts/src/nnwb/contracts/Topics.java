package nnwb.contracts;

/**
 * Every event topic the tools post and subscribe to through the e4 {@code IEventBroker}, with the type of its
 * data ({@code org.eclipse.e4.data}). The strings are a public interface (plugins post them); subscribers write
 * {@code @UIEventTopic(Topics.MODEL_ANALYSED)}, never the string.
 */
public final class Topics {

    /** A model was analysed (after an edit, an option change or its editor's activation). Data: {@link ModelAnalysed}. */
    public static final String MODEL_ANALYSED = "nnwb/model/analysed";
    /** A tool that just opened asks the active model's editor to post {@link #MODEL_ANALYSED} again. Data: none. */
    public static final String MODEL_LATEST_REQUESTED = "nnwb/model/latestRequested";
    /** A model's editor closed. Data: the {@link ModelAnalysed#origin()} it posted with. */
    public static final String MODEL_CLOSED = "nnwb/model/closed";

    /** The overview opened a tool's view. Data: the view id (a String). */
    public static final String TOOL_OPENED_FROM_OVERVIEW = "nnwb/tool/openedFromOverview";

    /**
     * A student opened a part's preset. Data: the part's {@link nnwb.core.assignment.Preset}; the tool whose id is
     * {@link nnwb.core.assignment.Preset#tool()} shows it. When the preset names a resource, it has already been
     * copied into the workspace and its absolute path added as the parameter {@link PresetTarget#WORKSPACE_FILE}.
     */
    public static final String PRESET_OPENED = "nnwb/assignment/openPreset";

    /** Show these kernels in the filter canvas's Learned filters tab. Data: a {@link KernelSet}. */
    public static final String FILTER_OPEN_KERNELS = "nnwb/filter/openKernels";
    /**
     * Open a trained model in the filter canvas and show its first convolution layer's kernels. Data: a
     * {@code java.nio.file.Path} or a String path (a DL4J model zip, or a training run's folder holding one).
     */
    public static final String FILTER_OPEN_MODEL = "nnwb/filter/openModel";

    /**
     * Open a preset in the optimizer-trace view (showing the view if needed). Data: a String, either the preset text
     * itself or the path of a preset file (text is recognised by a line break or a {@code problem =} line).
     */
    public static final String OPTIM_OPEN_PRESET = "nnwb/optim/openPreset";

    /**
     * Open a run configuration in the training runner: it is saved among the workspace's run configurations (unless
     * one of that name is there already, which is kept as the student left it) and selected. Data: a String, the text
     * of a {@code .nnrun} file.
     */
    public static final String TRAIN_OPEN_RUN = "nnwb/train/openRun";

    private Topics() {
    }
}
