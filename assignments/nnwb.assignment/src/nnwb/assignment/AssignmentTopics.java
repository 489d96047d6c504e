package nnwb.assignment;

/**
 * Event topics of the assignments (post and subscribe through the e4 {@code IEventBroker}).
 */
public final class AssignmentTopics {

    /**
     * A student opened a part's preset. The data ({@code org.eclipse.e4.data}) is the part's
     * {@link nnwb.core.assignment.Preset}; a tool whose id is {@link nnwb.core.assignment.Preset#tool()}
     * shows it. When the preset names a resource, the Assignments view has already copied it into the
     * workspace and added its absolute path as the parameter {@link #WORKSPACE_FILE}.
     */
    public static final String OPEN_PRESET = "nnwb/assignment/openPreset";

    /** Preset parameter added when the resource was copied into the workspace: its absolute file path. */
    public static final String WORKSPACE_FILE = "workspaceFile";

    private AssignmentTopics() {
    }
}
