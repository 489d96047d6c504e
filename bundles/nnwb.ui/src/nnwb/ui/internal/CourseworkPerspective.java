package nnwb.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import nnwb.ui.Tool;
import nnwb.ui.Tool.Folder;

/**
 * The Coursework perspective: the overview on the left, models in the editor
 * area, and a place in a folder for each of the five tools.
 */
public class CourseworkPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder(Folder.LEFT.id(), IPageLayout.LEFT, 0.22f, editors);
        left.addView(Tool.OVERVIEW_VIEW_ID);
        left.addPlaceholder("org.eclipse.ui.navigator.ProjectExplorer");
        IFolderLayout right = layout.createFolder(Folder.RIGHT.id(), IPageLayout.RIGHT, 0.6f, editors);
        IFolderLayout bottom = layout.createFolder(Folder.BOTTOM.id(), IPageLayout.BOTTOM, 0.45f, editors);
        for (Tool t : Tool.values()) {
            (t.folder() == Folder.RIGHT ? right : bottom).addPlaceholder(t.viewId());
        }
        bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
        layout.getViewLayout(Tool.OVERVIEW_VIEW_ID).setCloseable(false);
    }
}
