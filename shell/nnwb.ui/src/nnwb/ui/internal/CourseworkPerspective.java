package nnwb.ui.internal;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nnwb.ui.Coursework;
import nnwb.ui.Coursework.Folder;

/**
 * The Coursework perspective: the overview on the left, models in the editor area, and empty folders
 * right and below. Each tool bundle places its own views in them through
 * {@code org.eclipse.ui.perspectiveExtensions}; this class names no tool.
 */
public class CourseworkPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.createFolder(Folder.LEFT.id(), IPageLayout.LEFT, 0.22f, editors).addView(Coursework.OVERVIEW_VIEW_ID);
        layout.createPlaceholderFolder(Folder.RIGHT.id(), IPageLayout.RIGHT, 0.6f, editors);
        layout.createPlaceholderFolder(Folder.BOTTOM.id(), IPageLayout.BOTTOM, 0.45f, editors);
        layout.getViewLayout(Coursework.OVERVIEW_VIEW_ID).setCloseable(false);
    }
}
