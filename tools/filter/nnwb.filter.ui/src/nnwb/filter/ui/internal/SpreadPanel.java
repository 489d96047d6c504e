package nnwb.filter.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nnwb.core.Numbers;
import nnwb.core.filter.grad.GradientSpread;
import nnwb.core.filter.grad.SpreadPoint;
import nnwb.ui.chart.LineChart;

/**
 * The spread of the kernel gradient against the image side n (Berkeley sheet, weights and gradients): measured by the
 * engine for random x (uniform) and dy (plus or minus 1), both of variance 1, beside the derived (n - k + 1) sigma_x
 * sigma_g, in a job with progress and Cancel.
 */
public final class SpreadPanel {

    /** Series of the chart. */
    public static final String MEASURED = "std of dW, measured";
    public static final String PREDICTED = "(n - k + 1) sigma_x sigma_g";

    private final Group root;
    private final Spinner k;
    private final Spinner trials;
    private final Text sizes;
    private final LineChart chart;
    private final Label status;
    private final LatestJob job;
    private List<SpreadPoint> last;

    SpreadPanel(Composite parent) {
        root = new Group(parent, SWT.NONE);
        root.setText("Spread of dW vs image side n (no padding, stride 1)");
        root.setLayout(Widgets.grid(1, 4));
        // four columns: the settings take two rows in a half-width panel
        Composite c = Widgets.row(root, 4);
        Widgets.label(c, "k");
        k = Widgets.spinner(c, 1, 7, 3, () -> { });
        Widgets.label(c, "trials");
        trials = Widgets.spinner(c, 2, 200, 20, () -> { });
        Widgets.label(c, "n =");
        sizes = new Text(c, SWT.BORDER);
        sizes.setText("8,16,32,64,128");
        Widgets.size(sizes, 90, SWT.DEFAULT);
        Widgets.button(c, "Measure", this::request);
        chart = new LineChart(root, "std of dW grows like n - k + 1", "image side n (x uniform, dy = +1 or -1)", "std of dW");
        Widgets.fill(chart.control(), true, true, 1);
        status = new Label(root, SWT.WRAP);
        Widgets.fill(status, true, false, 1);
        job = new LatestJob("Spread of the kernel gradient", root);
    }

    public Group control() {
        return root;
    }

    public LatestJob job() {
        return job;
    }

    public List<SpreadPoint> last() {
        return last;
    }

    public LineChart chart() {
        return chart;
    }

    /** Measures every size in a job; the chart and the ratios follow. */
    public void request() {
        int side = k.getSelection();
        int t = trials.getSelection();
        int[] ns;
        try {
            ns = java.util.Arrays.stream(sizes.getText().split("[,\\s]+")).filter(v -> !v.isBlank()).mapToInt(Integer::parseInt).toArray();
            if (ns.length == 0) {
                throw new NumberFormatException("no sizes");
            }
        } catch (NumberFormatException e) {
            Widgets.status(status, "n: give whole numbers separated by commas", true);
            return;
        }
        Widgets.status(status, "measuring ...", false);
        job.submit(m -> {
            m.beginTask("Measuring the spread of dW", ns.length);
            List<SpreadPoint> points = new ArrayList<>();
            for (int i = 0; i < ns.length; i++) {
                if (m.isCanceled()) {
                    throw new OperationCanceledException();
                }
                points.add(GradientSpread.measure(ns[i], side, t, 1234 + 7919L * i));
                m.worked(1);
            }
            return points;
        }, this::show, problem -> Widgets.status(status, problem, true));
    }

    private void show(List<SpreadPoint> points) {
        last = points;
        double[] n = points.stream().mapToDouble(SpreadPoint::n).toArray();
        chart.clear();
        chart.setSeries(PREDICTED, n, points.stream().mapToDouble(SpreadPoint::predicted).toArray(), LineChart.Style.SOLID, 0);
        chart.setSeries(MEASURED, n, points.stream().mapToDouble(SpreadPoint::measured).toArray(), LineChart.Style.POINTS, 1);
        StringBuilder sb = new StringBuilder("measured / derived:");
        for (SpreadPoint p : points) {
            sb.append("  n=").append(p.n()).append(": ").append(Numbers.format(Math.round(p.measured() / p.predicted() * 1000) / 1000.0));
        }
        Widgets.status(status, sb + ". The mean of dW is 0; its variance sums (n-k+1)^2 uncorrelated terms, so the "
                + "standard deviation grows linearly in n (engine, " + trials.getSelection() + " trials of k x k taps each).", false);
    }
}
