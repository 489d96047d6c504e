package nnwb.train.ui.internal;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;

import nnwb.compute.ComputeService;
import nnwb.contracts.Topics;

/** The Training runner view, an e4 part: the compute service and the event broker injected, the rest in {@link RunnerView}. */
public class TrainingRunnerPart {

    @Inject
    @Optional
    @Service
    private volatile ComputeService compute;

    @Inject
    @Optional
    private IEventBroker events;

    private RunnerView view;

    @PostConstruct
    public void create(Composite parent) {
        view = new RunnerView(parent, () -> compute, new WorkspaceRuns(ResourcesPlugin.getWorkspace().getRoot()), k -> {
            if (events != null) {
                events.post(Topics.FILTER_OPEN_KERNELS, k);
            }
        });
    }

    @Focus
    public void focus() {
        view.control().setFocus();
    }
}
