package nnwb.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nnwb.ui.Coursework;
import nnwb.ui.Coursework.Folder;

/**
 * The Coursework perspective: the overview on the left over the full height, models in the editor area, and empty
 * folders right of it and below both. Each tool bundle places its own views in them through
 * {@code org.eclipse.ui.perspectiveExtensions}; this class names no tool. The bottom folder, for the tools and the
 * assignments, spans the width right of the overview. The right folder is for views opened beside a model on demand
 * (cheat sheets); it holds none at first. The editor area is hidden while no editor is open
 * ({@link EditorAreaFollowsEditors}), so that with no model open the bottom folder takes the whole height right of
 * the overview (about 1150x650 px at 1366x768), and 60% of it once a model opens above it (issue 24 item 2).
 */
public class CourseworkPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.createFolder(Folder.LEFT.id(), IPageLayout.LEFT, 0.16f, editors).addView(Coursework.OVERVIEW_VIEW_ID);
        // below the editor area before the right folder is split off it, so the bottom spans both
        layout.createPlaceholderFolder(Folder.BOTTOM.id(), IPageLayout.BOTTOM, 0.4f, editors);
        layout.createPlaceholderFolder(Folder.RIGHT.id(), IPageLayout.RIGHT, 0.6f, editors);
        layout.getViewLayout(Coursework.OVERVIEW_VIEW_ID).setCloseable(false);
    }
}
