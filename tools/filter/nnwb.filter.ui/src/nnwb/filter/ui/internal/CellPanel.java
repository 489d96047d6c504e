package nnwb.filter.ui.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import nnwb.core.filter.Matrix;
import nnwb.core.Numbers;
import nnwb.core.filter.op.CellExplainer;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.PadSource;
import nnwb.core.filter.op.SumOfProducts;
import nnwb.core.filter.op.Term;

/**
 * For small inputs: the padded input (padding grey, the selected cell's window orange) and the output as numbers,
 * and the selected output cell's sum of products written out by the engine beside the value the filtering gave.
 */
public final class CellPanel {

    private final Composite root;
    private final MatrixView padded;
    private final MatrixView output;
    private final Text explanation;
    private ImageTab.Result shown;
    private int row;
    private int col;

    CellPanel(Composite parent, int height) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(Widgets.grid(3, 0));
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, false);
        d.heightHint = height;
        root.setLayoutData(d);
        padded = new MatrixView(root, "padded input (grey: padding, orange: window)");
        Widgets.fill(padded.control(), true, true, 1);
        output = new MatrixView(root, "output (click a cell)");
        Widgets.fill(output.control(), true, true, 1);
        output.onClick(this::select);
        explanation = new Text(root, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        explanation.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
        Widgets.fill(explanation, true, true, 1);
    }

    public Composite control() {
        return root;
    }

    public MatrixView padded() {
        return padded;
    }

    public MatrixView output() {
        return output;
    }

    public Text explanation() {
        return explanation;
    }

    /** Shows a small result's numbers, or hides the panel (returns whether it shows). */
    boolean show(ImageTab.Result r) {
        boolean small = r.padded() != null && r.output().rows() <= ImageTab.SMALL && r.output().cols() <= ImageTab.SMALL;
        ((GridData) root.getLayoutData()).exclude = !small;
        root.setVisible(small);
        if (!small) {
            return false;
        }
        shown = r;
        fit(padded, r.padded());
        fit(output, r.output().channel(0));
        padded.show(r.padded());
        Set<Long> pads = new HashSet<>();
        for (int i = 0; i < r.padded().rows(); i++) {
            for (int j = 0; j < r.padded().cols(); j++) {
                if (r.plan().source(i, j) != PadSource.INPUT) {
                    pads.add(MatrixView.key(i, j));
                }
            }
        }
        padded.shade(pads);
        output.show(r.output().channel(0));
        output.caption("output" + (r.output().isGray() ? "" : ", channel 0") + " (click a cell)");
        select(Math.min(row, r.output().rows() - 1), Math.min(col, r.output().cols() - 1));
        return true;
    }

    /** Gives a matrix view the width its cells need (up to 40 pixels a cell within the panel's height). */
    private void fit(MatrixView v, Matrix m) {
        int height = ((GridData) root.getLayoutData()).heightHint;
        int cell = Math.max(12, Math.min(40, (height - 44) / Math.max(m.rows(), 1)));
        GridData d = (GridData) v.control().getLayoutData();
        d.widthHint = v.preferredSize(cell, m).x;
        d.grabExcessHorizontalSpace = false;
    }

    /** Selects output cell (row, col) and writes out its sum of products (from the engine). */
    public void select(int r, int c) {
        if (shown == null) {
            return;
        }
        row = r;
        col = c;
        output.select(r, c);
        SumOfProducts s = CellExplainer.explain(shown.plan().kernel(), shown.input(), shown.plan().spec(), 0, r, c);
        Set<Long> window = new HashSet<>();
        for (Term t : s.terms()) {
            window.add(MatrixView.key(t.paddedRow(), t.paddedCol()));
        }
        padded.mark(window);
        explanation.setText(s.text() + "\n\n" + shown.path() + " gave " + Numbers.format(shown.output().channel(0).get(r, c))
                + (shown.plan().spec().mode() == FilterMode.CONVOLUTION
                        ? "\n\nTrue convolution: w[a,b] are the kernel's weights as drawn, met in flipped order." : ""));
    }
}
