package nnwb.assignment.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The scrolled right side of the Assignments view: one page at a time, as wide as the view, scrolling down. */
final class ContentPane {

    private final ScrolledComposite scroller;
    private Composite content;

    ContentPane(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> fit());
    }

    /** Replaces the page with what {@code builder} puts on a new one (children without layout data fill the width). */
    void show(Consumer<Composite> builder) {
        if (content != null) {
            content.dispose();
        }
        content = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(content);
        // the scroller's content before the page is built: a page whose statement has no mathematics lays itself
        // out while it is built, which must not reach the page just disposed
        scroller.setContent(content);
        builder.accept(content);
        for (Control c : content.getChildren()) {
            if (c.getLayoutData() == null) {
                GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
            }
        }
        scroller.setContent(content);
        fit();
    }

    /**
     * Lays the page out again at the view's width (after it grew or shrank). A field on the page that has the focus
     * stays where it is on the screen: the page scrolls by what grew or shrank above it.
     */
    void fit() {
        if (content == null || content.isDisposed()) {
            return;
        }
        Control focus = content.getDisplay().getFocusControl();
        boolean onPage = focus != null && isOnPage(focus);
        int before = onPage ? focus.toDisplay(0, 0).y : 0;
        int width = Math.max(300, scroller.getClientArea().width);
        Point size = content.computeSize(width, SWT.DEFAULT);
        scroller.setMinSize(width, size.y);
        content.layout(true, true);
        if (onPage) {
            int moved = focus.toDisplay(0, 0).y - before;
            if (moved != 0) {
                Point origin = scroller.getOrigin();
                scroller.setOrigin(origin.x, Math.max(0, origin.y + moved));
            }
        }
    }

    private boolean isOnPage(Control c) {
        for (Control p = c; p != null; p = p.getParent()) {
            if (p == content) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls the page so that {@code c} (a control on it) is at the top. */
    public void reveal(Control c) {
        if (content == null || content.isDisposed()) {
            return;
        }
        Point at = content.getDisplay().map(c.getParent(), content, c.getLocation());
        scroller.setOrigin(0, Math.max(0, at.y - 8));
    }
}
