package nnwb.ui;

import java.util.Locale;

/**
 * Identifiers of the Coursework perspective that tool bundles place their views against in their own
 * {@code org.eclipse.ui.perspectiveExtensions}: the perspective, its folders and the overview. The
 * shell names no tool; a tool's view joins category {@link #VIEW_CATEGORY} and the overview lists it.
 */
public final class Coursework {

    /** The Coursework perspective. */
    public static final String PERSPECTIVE_ID = "nnwb.ui.perspective.coursework";
    /** The overview view, always present in the left folder. */
    public static final String OVERVIEW_VIEW_ID = "nnwb.ui.views.coursework";
    /** The view category whose views the overview lists as tools. */
    public static final String VIEW_CATEGORY = "nnwb.ui.category";

    private Coursework() {
    }

    /** The perspective's folders; a tool view stacks itself into one with {@code relative="<id>"}. */
    public enum Folder {
        LEFT, RIGHT, BOTTOM;

        public String id() {
            return "nnwb.ui.folder." + name().toLowerCase(Locale.ROOT);
        }
    }
}
