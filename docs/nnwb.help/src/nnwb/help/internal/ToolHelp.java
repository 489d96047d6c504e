package nnwb.help.internal;

import java.util.Optional;

import org.eclipse.help.HelpSystem;
import org.eclipse.help.IContext;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * A tool's help: the help context whose id is the tool's part id (contexts/*.xml name them so), whose topics are
 * the tool's pages of the guide. No tool bundle sets a help id: the part's id is enough.
 */
public final class ToolHelp {

    private ToolHelp() {
    }

    /** The help context of the part {@code partId}, if the help has one. */
    public static Optional<IContext> context(String partId) {
        if (partId == null || partId.indexOf('.') < 0) {
            return Optional.empty();
        }
        IContext context = HelpSystem.getContext(partId);
        return context == null || context.getRelatedTopics() == null || context.getRelatedTopics().length == 0
                ? Optional.empty() : Optional.of(context);
    }

    /** Shows the help of part {@code partId} (the active part when null); the guide's first page when it has none. */
    public static void show(String partId) {
        String id = partId != null ? partId : activePartId();
        Optional<IContext> context = context(id);
        if (context.isPresent()) {
            PlatformUI.getWorkbench().getHelpSystem().displayHelp(context.get());
        } else {
            PlatformUI.getWorkbench().getHelpSystem().displayHelp();
        }
    }

    /** The id of the active part of the active window, or null. */
    public static String activePartId() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        IWorkbenchPartReference part = page == null ? null : page.getActivePartReference();
        return part == null ? null : part.getId();
    }
}
