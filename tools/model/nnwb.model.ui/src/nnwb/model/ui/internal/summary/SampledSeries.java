package nnwb.model.ui.internal.summary;

import java.util.List;

import nnwb.compute.graph.VarianceSample;
import nnwb.core.cost.VarianceRow;
import nnwb.ui.chart.LineChart;

/**
 * Draws sampled second moments as points over the theory's layer axis: each sampled row at the index of the
 * theory row with its name, in the theory's colours (activations 0, gradients 1). Rows with no positive value
 * are left out, so a log axis stays usable.
 */
final class SampledSeries {

    private final LineChart chart;
    private final String forwardName;
    private final String backwardName;

    SampledSeries(LineChart chart, String forwardName, String backwardName) {
        this.chart = chart;
        this.forwardName = forwardName;
        this.backwardName = backwardName;
    }

    void draw(List<VarianceRow> theory, VarianceSample sample) {
        double[][] fwd = points(theory, sample, true);
        double[][] bwd = points(theory, sample, false);
        chart.setSeries(forwardName, fwd[0], fwd[1], LineChart.Style.POINTS, 0);
        chart.setSeries(backwardName, bwd[0], bwd[1], LineChart.Style.POINTS, 1);
    }

    private static double[][] points(List<VarianceRow> theory, VarianceSample sample, boolean forward) {
        double[] x = new double[theory.size()];
        double[] y = new double[theory.size()];
        int n = 0;
        for (int i = 0; i < theory.size(); i++) {
            VarianceSample.Row r = sample.row(theory.get(i).name());
            double v = r == null ? 0 : forward ? r.forward() : r.gradient();
            if (v > 0 && Double.isFinite(v)) {
                x[n] = i;
                y[n] = v;
                n++;
            }
        }
        return new double[][] {java.util.Arrays.copyOf(x, n), java.util.Arrays.copyOf(y, n)};
    }
}
