package nnwb.optim.ui.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.widgets.Composite;

import nnwb.compute.OptimizerSteps;
import nnwb.contracts.Topics;

/**
 * The Optimizer traces view, an e4 part: builds a {@link TraceView} over the compute service's
 * {@link OptimizerSteps} role (injected, optional) and opens presets posted on {@link Topics#OPTIM_OPEN_PRESET}.
 */
public class OptimTracePart {

    /** The view's id. */
    public static final String ID = "nnwb.optim.ui.view";

    @Inject
    @Optional
    @Service
    private volatile OptimizerSteps compute;

    private TraceView view;

    @PostConstruct
    public void create(Composite parent) {
        view = new TraceView(parent, () -> compute);
        view.control().setData(OptimTracePart.class.getName(), this);
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

    @Focus
    public void focus() {
        view.control().setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (view != null) {
            view.dispose();
        }
    }
}
