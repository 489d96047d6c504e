package nnwb.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nnwb.ui.Coursework;
import nnwb.ui.Coursework.Folder;

/**
 * The Coursework perspective: the overview on the left over the full height, models in the editor area, and empty
 * folders right of it and below both. Each tool bundle places its own views in them through
 * {@code org.eclipse.ui.perspectiveExtensions}; this class names no tool. The bottom folder, for the tools with
 * charts and canvases, spans the width right of the overview and takes most of the height, so that at 1366x768 as
 * at 1600x1000 a tool there gets about 1100 px by 380 px or more (issue 24 item 2).
 */
public class CourseworkPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.createFolder(Folder.LEFT.id(), IPageLayout.LEFT, 0.16f, editors).addView(Coursework.OVERVIEW_VIEW_ID);
        // below the editor area before the right folder is split off it, so the bottom spans both
        layout.createPlaceholderFolder(Folder.BOTTOM.id(), IPageLayout.BOTTOM, 0.36f, editors);
        layout.createPlaceholderFolder(Folder.RIGHT.id(), IPageLayout.RIGHT, 0.45f, editors);
        layout.getViewLayout(Coursework.OVERVIEW_VIEW_ID).setCloseable(false);
    }
}
