package nnwb.train.ui.internal;

import org.eclipse.core.runtime.CoreException;

import nnwb.core.data.RunConfig;
import nnwb.core.data.RunConfigJson;

/**
 * A run configuration handed to the runner as the text of a {@code .nnrun} file (an assignment's preset): saved among
 * the workspace's run configurations, unless one of that name is there already, which is kept as the student left it.
 *
 * @param config the configuration to select
 * @param kept   whether a workspace configuration of that name was kept instead of the text's
 */
record OpenedRun(RunConfig config, boolean kept) {

    /** The label of the runner's tree node that holds the workspace's configurations. */
    static final String CONFIGURATIONS = "Run configurations (workspace)";

    /**
     * Reads {@code text} and saves it unless a configuration of its name exists.
     *
     * @throws IllegalArgumentException the text is not a run configuration (the reason says what is wrong)
     */
    static OpenedRun open(WorkspaceRuns workspace, String text) throws CoreException {
        RunConfig c = RunConfigJson.read(text);
        for (RunConfig existing : workspace.configurations()) {
            if (existing.name().equals(c.name())) {
                return new OpenedRun(existing, true);
            }
        }
        workspace.save(c);
        return new OpenedRun(c, false);
    }

    /** What the status line says. */
    String message() {
        return kept ? "Selected your run configuration \"" + config.name() + "\" (kept as you left it)."
                : "Added the run configuration \"" + config.name() + "\"; Run trains it.";
    }
}
