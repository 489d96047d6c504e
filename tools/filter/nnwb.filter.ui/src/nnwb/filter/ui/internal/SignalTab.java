package nnwb.filter.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import nnwb.compute.TensorOperations;
import nnwb.core.Numbers;
import nnwb.core.filter.signal.Convolution1d;
import nnwb.core.filter.signal.Filter1dResult;
import nnwb.core.filter.signal.Signal;
import nnwb.core.filter.signal.SignalParser;
import nnwb.filter.ComputeSignals;
import nnwb.ui.chart.LineChart;

/**
 * The 1D tab: a signal (rect of length L, step, impulse, sampled sine, or typed samples), an impulse response such
 * as (1/2)^n u(n) truncated at a chosen length, and the output y = x * h plotted over a chosen index range. With a
 * shift N the input x(n - N) is filtered too, and the plot shows that its output is y moved by N.
 */
public final class SignalTab {

    /** Series names in the chart. */
    public static final String INPUT = "x[n]";
    public static final String RESPONSE = "h[n]";
    public static final String OUTPUT = "y[n] = (x * h)[n]";
    public static final String SHIFTED = "y2[n] for x[n - N]";

    /** One computation, as plotted. */
    public record Result(Signal x, Signal h, Filter1dResult y, Filter1dResult y2, int shift, boolean onComputeService) {
    }

    private final Composite root;
    private final Backend backend;
    private final Combo signal;
    private final Combo response;
    private final Spinner shift;
    private final Spinner from;
    private final Spinner to;
    private final Button showShift;
    private final LineChart chart;
    private final Label status;
    private final LatestJob job;
    private Result last;

    SignalTab(Composite parent, Backend backend) {
        this.backend = backend;
        root = new Composite(parent, SWT.NONE);
        root.setLayout(Widgets.grid(1, 4));
        // two rows of settings: one row is about 970 px, more than the tab gets at 1366x768
        Composite c = Widgets.row(root, 4);
        Widgets.label(c, "Signal x");
        signal = Widgets.combo(c, SWT.DROP_DOWN, new String[] {"rect:L=7", "step:n=20", "impulse", "sine:f=0.05,n=40", "1,2,3,2,1"},
                0, this::request);
        signal.addListener(SWT.DefaultSelection, e -> request());
        Widgets.size(signal, 140, SWT.DEFAULT);
        Widgets.label(c, "Response h");
        response = Widgets.combo(c, SWT.DROP_DOWN, new String[] {"geometric:r=0.5,n=20", "geometric:r=0.9,n=40", "rect:L=3",
            "1,-1", "impulse"}, 0, this::request);
        response.addListener(SWT.DefaultSelection, e -> request());
        Widgets.size(response, 170, SWT.DEFAULT);
        c = Widgets.row(root, 7);
        showShift = new Button(c, SWT.CHECK);
        showShift.setText("x shifted by N =");
        showShift.setSelection(true);
        showShift.addListener(SWT.Selection, e -> request());
        shift = Widgets.spinner(c, -50, 50, 5, this::request);
        Widgets.label(c, "from");
        from = Widgets.spinner(c, -500, 500, -6, this::request);
        Widgets.label(c, "to");
        to = Widgets.spinner(c, -500, 500, 12, this::request);
        Label l = Widgets.label(c, "");
        Widgets.fill(l, true, false, 1);
        chart = new LineChart(root, "y = x * h: the signal through the impulse response", "n", "value");
        Widgets.fill(chart.control(), true, true, 1);
        status = new Label(root, SWT.WRAP);
        Widgets.fill(status, true, false, 1);
        job = new LatestJob("Filtering the signal", root);
        request();
    }

    public Composite control() {
        return root;
    }

    public Combo signalCombo() {
        return signal;
    }

    public Combo responseCombo() {
        return response;
    }

    public Spinner shiftSpinner() {
        return shift;
    }

    public Spinner fromSpinner() {
        return from;
    }

    public Spinner toSpinner() {
        return to;
    }

    public LineChart chart() {
        return chart;
    }

    public LatestJob job() {
        return job;
    }

    public Result last() {
        return last;
    }

    public Label status() {
        return status;
    }

    public void request() {
        if (root.isDisposed()) {
            return;
        }
        Signal x;
        Signal h;
        try {
            x = SignalParser.parse("signal", signal.getText());
            h = SignalParser.parse("response", response.getText());
        } catch (IllegalArgumentException e) {
            Widgets.status(status, e.getMessage(), true);
            return;
        }
        int a = from.getSelection();
        int b = to.getSelection();
        int n = showShift.getSelection() ? shift.getSelection() : 0;
        boolean both = showShift.getSelection();
        TensorOperations tensors = backend.tensorsNow();
        job.submit(m -> {
            Filter1dResult y = tensors == null ? Convolution1d.over(x, h, a, b) : new ComputeSignals(tensors).over(x, h, a, b);
            Filter1dResult y2 = !both ? null : tensors == null ? Convolution1d.over(x.shifted(n), h, a, b)
                    : new ComputeSignals(tensors).over(x.shifted(n), h, a, b);
            return new Result(x, h, y, y2, n, tensors != null);
        }, this::show, p -> Widgets.status(status, p, true));
    }

    private void show(Result r) {
        last = r;
        chart.clear();
        int[] idx = r.y().indices();
        double[] xs = new double[idx.length];
        double[] in = new double[idx.length];
        double[] hv = new double[idx.length];
        for (int k = 0; k < idx.length; k++) {
            xs[k] = idx[k];
            in[k] = r.x().at(idx[k]);
            hv[k] = r.h().at(idx[k]);
        }
        chart.setSeries(INPUT, xs, in, LineChart.Style.POINTS, 2);
        chart.setSeries(RESPONSE, xs, hv, LineChart.Style.DASHED, 6);
        chart.setSeries(OUTPUT, xs, r.y().output(), LineChart.Style.SOLID, 0);
        String text = String.format("y from the %s over %d..%d; peak %s at n = %d", r.onComputeService() ? "compute service" : "engine",
                idx[0], idx[idx.length - 1], Numbers.format(max(r.y().output())), idx[argmax(r.y().output())]);
        if (r.y2() != null) {
            chart.setSeries(SHIFTED, xs, r.y2().output(), LineChart.Style.SOLID, 1);
            text += String.format("; shifting x by %d shifts y by %d: y2[n] = y[n - %d] wherever both lie in the range (largest difference %s)",
                    r.shift(), r.shift(), r.shift(), Numbers.format(shiftDifference(r)));
        }
        Widgets.status(status, text, false);
    }

    /** The largest |y2[n] - y[n - N]| over the plotted range where n - N is plotted too. */
    public static double shiftDifference(Result r) {
        int[] idx = r.y().indices();
        double worst = 0;
        for (int n : idx) {
            int m = n - r.shift();
            if (m >= idx[0] && m <= idx[idx.length - 1]) {
                worst = Math.max(worst, Math.abs(r.y2().at(n) - r.y().at(m)));
            }
        }
        return worst;
    }

    private static double max(double[] v) {
        return v[argmax(v)];
    }

    private static int argmax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
