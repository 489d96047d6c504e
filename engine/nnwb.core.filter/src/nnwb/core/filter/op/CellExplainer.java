package nnwb.core.filter.op;

import java.util.ArrayList;
import java.util.List;

import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.kernel.Kernel;

/** Writes out the sum of products behind one output cell, for the selected cell of a small example. */
public final class CellExplainer {

    private CellExplainer() {
    }

    /**
     * The terms of output cell ({@code row}, {@code col}) of channel {@code channel}. Kernel indices are those of
     * the kernel as drawn, so that true convolution shows which flipped weight meets which input.
     */
    public static SumOfProducts explain(Kernel kernel, Image input, FilterSpec spec, int channel, int row, int col) {
        FilterPlan plan = FilterPlan.of(kernel, input, spec);
        if (row < 0 || row >= plan.outputRows() || col < 0 || col >= plan.outputCols()) {
            throw new IllegalArgumentException("output cell (" + row + ", " + col + ") is outside the " + plan.outputRows()
                    + " x " + plan.outputCols() + " output");
        }
        Matrix x = input.channel(channel);
        boolean flip = spec.mode() == FilterMode.CONVOLUTION;
        List<Term> terms = new ArrayList<>();
        for (int a = 0; a < kernel.rows(); a++) {
            for (int b = 0; b < kernel.cols(); b++) {
                int pr = row * spec.rows().stride() + a * spec.rows().dilation();
                int pc = col * spec.cols().stride() + b * spec.cols().dilation();
                int ir = plan.rowSource(pr);
                int ic = plan.colSource(pc);
                boolean zero = ir < 0 || ic < 0;
                int kr = flip ? kernel.rows() - 1 - a : a;
                int kc = flip ? kernel.cols() - 1 - b : b;
                terms.add(new Term(kr, kc, kernel.get(kr, kc), pr, pc, zero ? -1 : ir, zero ? -1 : ic,
                        plan.source(pr, pc), zero ? 0 : x.get(ir, ic)));
            }
        }
        return new SumOfProducts(channel, row, col, terms);
    }
}
