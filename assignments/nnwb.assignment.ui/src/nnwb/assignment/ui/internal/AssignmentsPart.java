package nnwb.assignment.ui.internal;

import java.nio.file.Path;

import jakarta.inject.Inject;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import nnwb.assignment.Assignments;
import nnwb.ui.parts.ToolPart;

/**
 * The Assignments view: a thin part; {@link AssignmentsView} builds the controls and does the work, Export
 * answers… is a command ({@link ExportAnswersHandler}).
 */
public class AssignmentsPart extends ToolPart {

    @Inject
    @Optional
    private IEventBroker events;

    private Assignments assignments;
    private AssignmentsView view;
    /** How long after the view is created the mathematics typesetter loads its fonts. */
    static final long WARM_UP_DELAY_MS = 5000;

    @Override
    protected Control createControl(Composite parent) {
        Path state = Platform.getStateLocation(FrameworkUtil.getBundle(AssignmentsPart.class)).toFile().toPath();
        view = new AssignmentsView(parent, new ProgressStore(state), () -> new PresetOpener(events,
                ResourcesPlugin.getWorkspace().getRoot(), PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                        : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()), this::execute);
        view.control().setData(AssignmentsPart.class.getName(), this);
        Job warm = Job.create("Loading the mathematics typesetter", monitor -> {
            MathImages.warmUp();
            return Status.OK_STATUS;
        });
        warm.setSystem(true);
        // after the first window is up: it takes a core for about two seconds (issue 24 item 7)
        warm.schedule(WARM_UP_DELAY_MS);
        view.setAssignments(assignments);
        return view.control();
    }

    @Override
    protected void created() {
        provide(AssignmentsView.class, view);
        handle(ExportAnswersHandler.COMMAND, new ExportAnswersHandler());
    }

    /** The installed assignments, as the service comes and goes. */
    @Inject
    @Optional
    void assignments(@Service Assignments a) {
        assignments = a;
        if (view != null && !view.control().isDisposed()) {
            view.setAssignments(a);
        }
    }

    public AssignmentsView view() {
        return view;
    }

    @Focus
    @Override
    public void focus() {
        view.tree().setFocus();
    }

    @Override
    protected void disposed() {
        if (view != null && !view.control().isDisposed()) {
            view.setAssignments(null);
        }
    }
}
