package nnwb.ui.chart;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

/**
 * A line chart of named series over a shared x axis, optionally with a logarithmic y axis (its ticks labelled
 * by {@link LogTickFormat}: 1e-11, 1e-10, ...). Colours are the
 * display's system colours, so nothing here needs disposing beyond the control itself.
 */
public final class LineChart {

    /** How a series is drawn. */
    public enum Style {
        SOLID, DASHED, POINTS
    }

    private static final int[] COLORS = {SWT.COLOR_BLUE, SWT.COLOR_RED, SWT.COLOR_DARK_GREEN, SWT.COLOR_MAGENTA,
        SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW, SWT.COLOR_DARK_GRAY};

    private final Chart chart;
    private final Map<String, double[][]> data = new LinkedHashMap<>();
    private final java.text.Format linearTicks;
    private boolean logY;
    private final String title;

    public LineChart(Composite parent, String title, String xTitle, String yTitle) {
        chart = new Chart(parent, SWT.NONE);
        this.title = title;
        chart.getTitle().setText(title);
        chart.addListener(SWT.Resize, e -> fitTitle());
        chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
        linearTicks = chart.getAxisSet().getYAxis(0).getTick().getFormat();
        // under the plot, not beside it: beside a narrow chart the legend takes the plot's width or covers it
        chart.getLegend().setPosition(SWT.BOTTOM);
    }

    public Control control() {
        return chart;
    }

    /** The title as given (the chart shows it wrapped onto more lines where the chart is narrower than it). */
    public String title() {
        return title;
    }

    /** Wraps the title at spaces so that every line fits the chart's width (SWTChart draws one line per newline). */
    private void fitTitle() {
        if (title == null || title.isEmpty() || chart.isDisposed()) {
            return;
        }
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(chart);
        try {
            gc.setFont(chart.getTitle().getFont());
            String wrapped = wrap(title, chart.getClientArea().width - 8, t -> gc.textExtent(t).x);
            if (!wrapped.equals(chart.getTitle().getText())) {
                chart.getTitle().setText(wrapped);
                chart.updateLayout();
            }
        } finally {
            gc.dispose();
        }
    }

    /**
     * {@code text} with newlines at spaces so that no line measures more than {@code width} by {@code measure}
     * (a word longer than the width stays on its own line); plain logic, no display.
     */
    public static String wrap(String text, int width, java.util.function.ToIntFunction<String> measure) {
        StringBuilder out = new StringBuilder();
        String line = "";
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && measure.applyAsInt(candidate) > width) {
                out.append(out.length() == 0 ? "" : "\n").append(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        return out.append(out.length() == 0 ? "" : "\n").append(line).toString();
    }

    /** Switches the y axis to a log scale (every y value must then be positive). */
    public void setLogY(boolean log) {
        logY = log;
        refresh();
    }

    /** Adds or replaces a series; {@code colorIndex} picks a colour, so related series can share one. */
    public void setSeries(String name, double[] x, double[] y, Style style, int colorIndex) {
        data.put(name, new double[][] {x.clone(), y.clone()});
        ISeries<?> old = chart.getSeriesSet().getSeries(name);
        if (old != null) {
            chart.getSeriesSet().deleteSeries(name);
        }
        ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
        s.setXSeries(x);
        s.setYSeries(y);
        s.setLineColor(chart.getDisplay().getSystemColor(COLORS[Math.floorMod(colorIndex, COLORS.length)]));
        s.setSymbolColor(chart.getDisplay().getSystemColor(COLORS[Math.floorMod(colorIndex, COLORS.length)]));
        s.setLineStyle(style == Style.DASHED ? LineStyle.DASH : style == Style.POINTS ? LineStyle.NONE : LineStyle.SOLID);
        s.setSymbolType(style == Style.POINTS ? PlotSymbolType.CIRCLE : PlotSymbolType.NONE);
        refresh();
    }

    /** Removes every series. */
    public void clear() {
        for (String name : data.keySet()) {
            chart.getSeriesSet().deleteSeries(name);
        }
        data.clear();
        refresh();
    }

    /** The y values of a series as last set, or null; for tests and exports. */
    public double[] y(String name) {
        double[][] d = data.get(name);
        return d == null ? null : d[1].clone();
    }

    /** The labels of the y axis's ticks as drawn (its values through the axis's format), for tests and exports. */
    public java.util.List<String> yTickLabels() {
        org.eclipse.swtchart.IAxisTick tick = chart.getAxisSet().getYAxis(0).getTick();
        java.text.Format f = tick.getFormat() == null ? new java.text.DecimalFormat("#.###########") : tick.getFormat();
        return java.util.Arrays.stream(tick.getTickLabelValues()).mapToObj(f::format).toList();
    }

    public java.util.Set<String> seriesNames() {
        return java.util.Collections.unmodifiableSet(data.keySet());
    }

    private void refresh() {
        boolean positive = data.values().stream().allMatch(d -> java.util.Arrays.stream(d[1]).allMatch(v -> v > 0));
        chart.getAxisSet().getYAxis(0).enableLogScale(logY && positive && !data.isEmpty());
        chart.getAxisSet().adjustRange();
        org.eclipse.swtchart.IAxis y = chart.getAxisSet().getYAxis(0);
        org.eclipse.swtchart.Range r = y.getRange();
        boolean log = y.isLogScaleEnabled();
        y.getTick().setFormat(log ? new LogTickFormat() : linearTicks);
        double pad = log ? 1.25 : 0.05 * Math.max(1e-12, r.upper - r.lower);
        y.setRange(log ? new org.eclipse.swtchart.Range(r.lower / pad, r.upper * pad)
                : new org.eclipse.swtchart.Range(r.lower - pad, r.upper + pad));
        chart.redraw();
    }
}
