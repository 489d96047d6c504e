package nnwb.ui.internal;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;

import nnwb.ui.Coursework;

/**
 * In the Coursework perspective the editor area is shown only while an editor is open (issue 24 item 2): with no
 * model open it would keep a band of the window empty that the tools below it need (at 1366x768 they got about
 * 420 px of height). The first editor that opens brings the area back where the perspective put it, above the tools;
 * closing the last one hides it again. This is the platform's own "hide editor area" state
 * ({@link IWorkbenchPage#setEditorAreaVisible}), which Eclipse perspectives without files use; other perspectives are
 * left as they are.
 */
final class EditorAreaFollowsEditors implements IPartListener2, IPerspectiveListener {

    private final IWorkbenchWindow window;

    private EditorAreaFollowsEditors(IWorkbenchWindow window) {
        this.window = window;
    }

    /** Follows {@code window}'s editors from now on and sets its editor area at once. */
    static void follow(IWorkbenchWindow window) {
        EditorAreaFollowsEditors f = new EditorAreaFollowsEditors(window);
        window.addPerspectiveListener(f);
        window.getPartService().addPartListener(f);
        update(window.getActivePage());
    }

    /** Shows the editor area of {@code page} if it holds an editor, hides it if not (Coursework perspective only). */
    static void update(IWorkbenchPage page) {
        if (page == null || page.getPerspective() == null
                || !Coursework.PERSPECTIVE_ID.equals(page.getPerspective().getId())) {
            return;
        }
        boolean editors = page.getEditorReferences().length > 0;
        if (page.isEditorAreaVisible() != editors) {
            page.setEditorAreaVisible(editors);
        }
    }

    @Override
    public void partOpened(IWorkbenchPartReference ref) {
        if (ref instanceof IEditorReference) {
            update(ref.getPage());
        }
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        if (ref instanceof IEditorReference) {
            // the closing editor is still among the page's references now
            IWorkbenchPage page = ref.getPage();
            Display.getCurrent().asyncExec(() -> {
                if (!window.getShell().isDisposed() && page == window.getActivePage()) {
                    update(page);
                }
            });
        }
    }

    @Override
    public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
        update(page);
    }

    @Override
    public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
        if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
            update(page);
        }
    }
}
