package nnwb.optim.ui.internal;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import nnwb.compute.OptimizerSteps;
import nnwb.contracts.Topics;
import nnwb.optim.OptimPreset;
import nnwb.ui.parts.ToolPart;

/**
 * The Optimizer traces view, an e4 part: builds a {@link TraceView} over the compute service's
 * {@link OptimizerSteps} role (injected, optional), handles the view's file commands ({@link OptimCommands}) and
 * opens presets posted on {@link Topics#OPTIM_OPEN_PRESET}.
 */
public class OptimTracePart extends ToolPart {

    /** The view's id. */
    public static final String ID = "nnwb.optim.ui.view";

    @Inject
    @Optional
    @Service
    private volatile OptimizerSteps compute;

    private TraceView view;

    /** {@inheritDoc} Below this the part scrolls: the settings column beside a plot at least 300x200 with its caption (issue 24). */
    @Override
    protected Point minimumSize() {
        return new Point(900, 560);
    }

    @Override
    protected Control createControl(Composite parent) {
        view = new TraceView(parent, () -> compute, this::execute);
        view.control().setData(OptimTracePart.class.getName(), this);
        view.onChange(this::stateChanged);
        return view.control();
    }

    /** The problem, optimizers and settings, as preset text ({@link nnwb.optim.OptimPreset}). */
    @Override
    protected String saveState() {
        return view.session().toPreset().format();
    }

    @Override
    protected void restoreState(String text) {
        view.restore(OptimPreset.parse(text));
    }

    @Override
    protected void created() {
        provide(TraceView.class, view);
        handle(OptimCommands.EXPORT_CSV, new ExportTraceCsvHandler());
        handle(OptimCommands.EXPORT_PNG, new ExportTracePngHandler());
        handle(OptimCommands.OPEN_PRESET, new OpenTracePresetHandler());
        handle(OptimCommands.SAVE_PRESET, new SaveTracePresetHandler());
        String pending = OpenPresetHandler.takePending();
        if (pending != null) {
            view.openPreset(pending);
        }
    }

    /** An assignment plugin (or any tool) asked to open a preset: the text itself or a path. */
    @Inject
    @Optional
    void openPreset(@UIEventTopic(Topics.OPTIM_OPEN_PRESET) String data) {
        if (view != null && !view.control().isDisposed() && data != null) {
            OpenPresetHandler.takePending();
            view.openPreset(data);
        }
    }

    public TraceView view() {
        return view;
    }

    @Override
    protected void disposed() {
        if (view != null) {
            view.dispose();
        }
    }
}
