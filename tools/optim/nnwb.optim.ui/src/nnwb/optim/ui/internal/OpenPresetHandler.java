package nnwb.optim.ui.internal;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import nnwb.contracts.Topics;


/**
 * Opens the Optimizer traces view when {@link Topics#OPTIM_OPEN_PRESET} is posted while it is closed: the
 * preset waits here until the part is created and takes it. When the part is open it handles the topic
 * itself.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + Topics.OPTIM_OPEN_PRESET)
public final class OpenPresetHandler implements EventHandler {

    private static String pending;

    /** The preset waiting for the part, removed. */
    static synchronized String takePending() {
        String p = pending;
        pending = null;
        return p;
    }

    private static synchronized void setPending(String p) {
        pending = p;
    }

    @Override
    public void handleEvent(Event event) {
        Object data = event.getProperty("org.eclipse.e4.data");
        if (!(data instanceof String s) || !PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display d = PlatformUI.getWorkbench().getDisplay();
        d.asyncExec(() -> {
            IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (w == null || w.getActivePage() == null) {
                return;
            }
            boolean open = w.getActivePage().findView(OptimTracePart.ID) != null;
            if (!open) {
                setPending(s);
            }
            try {
                w.getActivePage().showView(OptimTracePart.ID, null, org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                setPending(null);
            }
        });
    }
}
