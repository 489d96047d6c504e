package nnwb.filter.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import nnwb.core.filter.op.CellExplainer;
import nnwb.core.filter.op.FilterPlan;
import nnwb.core.filter.op.SumOfProducts;
import nnwb.core.filter.op.Term;

/**
 * For images too large for numbered cells: pointing at an output pixel frames it, frames its window on the input and
 * writes out its arithmetic ({@link WindowArithmetic}, from the engine's {@link CellExplainer}) in a readout under the
 * images. A new result explains the pixel pointed at last again, so the readout never shows an older kernel.
 */
public final class HoverReadout {

    private final Text text;
    private final ImageView input;
    private final ImageView output;
    private ImageTab.Result result;
    private boolean active;
    private int row = -1;
    private int col = -1;

    HoverReadout(Composite parent, ImageView input, ImageView output) {
        this.input = input;
        this.output = output;
        text = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        text.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, false);
        d.exclude = true;
        text.setLayoutData(d);
        text.setVisible(false);
        output.onHover(this::hover);
    }

    /** The readout. */
    public Text text() {
        return text;
    }

    /** The input image's view (its frame is the window of the pixel explained). */
    public ImageView inputView() {
        return input;
    }

    /** Shows result {@code r}; the readout is used when {@code large} (the numbered cells are not shown). */
    void show(ImageTab.Result r, boolean large) {
        result = r;
        active = large;
        GridData d = (GridData) text.getLayoutData();
        d.exclude = !large;
        // as tall as the arithmetic of this kernel: heading, column heads, its rows (at most 7), the sum, and a cut note
        int shown = Math.min(r.plan().kernel().rows(), WindowArithmetic.SHOWN);
        boolean cut = r.plan().kernel().rows() > WindowArithmetic.SHOWN || r.plan().kernel().cols() > WindowArithmetic.SHOWN;
        d.heightHint = (shown + 3 + (cut ? 2 : 0)) * text.getLineHeight() + 4
                + (text.getHorizontalBar() == null ? 0 : text.getHorizontalBar().getSize().y);
        text.setVisible(large);
        if (large && row >= 0 && row < r.output().rows() && col < r.output().cols()) {
            hover(row, col);
        } else {
            text.setText(large ? "Point at an output pixel to see its input window and its sum of products." : "");
            input.frame(null);
            output.frame(null);
        }
    }

    /** Explains output pixel ({@code r}, {@code c}) of the result shown (what pointing at it does). */
    public void hover(int r, int c) {
        if (!active || result == null || r >= result.output().rows() || c >= result.output().cols()) {
            return;
        }
        row = r;
        col = c;
        FilterPlan plan = result.plan();
        SumOfProducts s = CellExplainer.explain(plan.kernel(), result.input(), plan.spec(), 0, r, c);
        int[] pad = {plan.spec().rows().padBefore(), plan.spec().cols().padBefore()};
        text.setText(WindowArithmetic.text(s, plan.kernel().rows(), plan.kernel().cols(), pad, result.output().channel(0).get(r, c),
                result.path()) + (result.input().isGray() ? "" : " (channel 0, red, of " + result.input().channelCount()
                        + "; the others are filtered alike)"));
        Term first = s.terms().get(0);
        Term last = s.terms().get(s.terms().size() - 1);
        input.frame(new int[] {first.paddedRow() - pad[0], first.paddedCol() - pad[1], last.paddedRow() - pad[0], last.paddedCol() - pad[1]});
        output.frame(new int[] {r, c, r, c});
    }
}
