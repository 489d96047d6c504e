package nnwb.filter.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nnwb.core.filter.Image;
import nnwb.filter.render.Rendering;

/**
 * A titled row of small images, one per channel (feature maps), all on one colour scale so that they compare.
 * Rebuilt when the number of channels changes.
 */
public final class ImageStrip {

    private final Composite root;
    private final Label title;
    private final Composite row;
    private final List<ImageView> views = new ArrayList<>();
    private String caption;

    ImageStrip(Composite parent, String caption) {
        this.caption = caption;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(Widgets.grid(1, 0));
        // wraps: the caption grows with the image's size and scale, and a strip may be half a tab wide
        title = new Label(root, SWT.WRAP);
        title.setText(caption);
        Widgets.fill(title, true, false, 1);
        ((org.eclipse.swt.layout.GridData) title.getLayoutData()).widthHint = 100;
        row = new Composite(root, SWT.NONE);
        Widgets.fill(row, true, true, 1);
    }

    public Composite control() {
        return root;
    }

    public void title(String text) {
        caption = text;
        title.setText(text);
    }

    /** Shows every channel of {@code image} with one shared rendering; {@code names} label them (may be null). */
    public void show(Image image, List<String> names) {
        int n = image.channelCount();
        if (views.size() != n) {
            for (Control c : row.getChildren()) {
                c.dispose();
            }
            views.clear();
            row.setLayout(Widgets.grid(Math.max(1, n), 0));
            for (int i = 0; i < n; i++) {
                ImageView v = new ImageView(row, names == null ? "channel " + i : names.get(i));
                Widgets.fill(v.control(), true, true, 1);
                views.add(v);
            }
        }
        Rendering shared = Rendering.of(image);
        Rendering each = shared.kind() == Rendering.Kind.RGB ? new Rendering(Rendering.Kind.GRAY, shared.scale()) : shared;
        for (int i = 0; i < n; i++) {
            Image ch = Image.gray(image.channel(i));
            views.get(i).show(each.pixels(ch), ch.cols(), ch.rows(), "");
        }
        title.setText(caption + " (" + image.rows() + " x " + image.cols() + ", one scale: " + each.legend() + ")");
        // the caption may now wrap onto one more line: the strip's own height changes
        root.getParent().layout(true, true);
    }

    public int size() {
        return views.size();
    }
}
