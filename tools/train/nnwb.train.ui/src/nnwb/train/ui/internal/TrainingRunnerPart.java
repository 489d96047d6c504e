package nnwb.train.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import nnwb.compute.ComputeService;
import nnwb.contracts.Topics;
import nnwb.spark.launch.SparkLauncher;
import nnwb.ui.parts.ToolPart;

/**
 * The Training runner view, an e4 part: the compute service, the Spark launcher and the event broker injected, the rest in
 * {@link RunnerView}; Export ticked runs… is a command ({@link ExportRunsHandler}).
 */
public class TrainingRunnerPart extends ToolPart {

    @Inject
    @Optional
    @Service
    private volatile ComputeService compute;

    @Inject
    @Optional
    @Service
    private volatile SparkLauncher spark;

    @Inject
    @Optional
    private IEventBroker events;

    private RunnerView view;

    /**
     * {@inheritDoc} Below this the part scrolls: the configurations beside two rows of two charts, each at least
     * 300x200; 620 px high is what the Coursework perspective gives a tool at 1366x768 with no model open (issue 24).
     */
    @Override
    protected Point minimumSize() {
        return new Point(940, 620);
    }

    @Override
    protected Control createControl(Composite parent) {
        view = new RunnerView(parent, () -> compute, () -> spark, new WorkspaceRuns(ResourcesPlugin.getWorkspace().getRoot()), k -> {
            if (events != null) {
                events.post(Topics.FILTER_OPEN_KERNELS, k);
            }
        }, this::execute);
        view.tree().addListener(SWT.Selection, e -> stateChanged());
        view.tabs().addListener(SWT.Selection, e -> stateChanged());
        return view.control();
    }

    /** An assignment's preset (or any tool) asked to open a run configuration: the text of a {@code .nnrun} file. */
    @Inject
    @Optional
    void openRun(@UIEventTopic(Topics.TRAIN_OPEN_RUN) String text) {
        if (view != null && !view.control().isDisposed() && text != null) {
            view.openConfiguration(text);
            stateChanged();
        }
    }

    /** The selected configuration and tab ({@link RunnerState}); the configurations themselves are workspace files. */
    @Override
    protected String saveState() {
        return new RunnerState(view.selectedPath(), Math.max(0, view.tabs().getSelectionIndex())).format();
    }

    @Override
    protected void restoreState(String text) {
        RunnerState state = RunnerState.parse(text);
        view.selectPath(state.selected()); // a configuration deleted since is simply not selected
        view.tabs().setSelection(Math.min(state.tab(), view.tabs().getItemCount() - 1));
    }

    @Override
    protected void created() {
        provide(OverlayPanel.class, view.overlay());
        handle(ExportRunsHandler.COMMAND, new ExportRunsHandler());
    }
}
