package nnwb.model.ui.internal.summary;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.cost.InitScheme;
import nnwb.core.cost.InitVariance;
import nnwb.core.cost.VarianceRow;
import java.util.function.Supplier;

import nnwb.compute.ComputeService;
import nnwb.compute.ComputeStatus;
import nnwb.compute.graph.GraphMapping;
import nnwb.model.compute.ModelGraphs;
import nnwb.compute.graph.VarianceSample;
import nnwb.ui.chart.LineChart;

/**
 * Initialisation: for a chosen scheme (He, Xavier/Glorot, LeCun, N(0,1) times a constant c, uniform) the
 * second moment of the activations and of the back-propagated gradients layer by layer, from the engine's
 * theory ({@link InitVariance}), on one log-scale chart, so that variance-preserving and unit-scaling
 * questions can be seen rather than only derived. "Sample with DL4J" measures the same moments on the network
 * built by the compute service (a job, off the UI thread) and draws them as points beside the theory.
 */
public final class InitVariancePanel {

    /** Series names on the chart. */
    public static final String FORWARD = "activations (theory)";
    public static final String BACKWARD = "gradients (theory)";
    public static final String SAMPLED_FORWARD = "activations (sampled)";
    public static final String SAMPLED_BACKWARD = "gradients (sampled)";

    private final Composite root;
    private final Combo scheme;
    private final Text scale;
    private final Label summary;
    private final LineChart chart;
    private final Button sampleButton;
    private final Supplier<ComputeService> services;
    private AnalysisReport report;
    private List<VarianceRow> rows = List.of();
    private VarianceSample sample;
    private SamplingJob job;
    /** What the theory on the chart was computed for (scheme, c / a, layers): sampled points stay while it does not change. */
    private String theoryKey = "";
    private String sampledKey;

    /** Samples through the compute service {@code services} supplies, if any. */
    public InitVariancePanel(Composite parent, Supplier<ComputeService> services) {
        this.services = services;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(root);
        new Label(root, SWT.NONE).setText("Initialisation");
        scheme = new Combo(root, SWT.READ_ONLY);
        for (InitScheme s : InitScheme.values()) {
            scheme.add(s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
        scheme.select(0);
        new Label(root, SWT.NONE).setText("c / a");
        scale = new Text(root, SWT.BORDER);
        scale.setText("1");
        GridDataFactory.fillDefaults().hint(50, SWT.DEFAULT).applyTo(scale);
        sampleButton = new Button(root, SWT.PUSH);
        sampleButton.setText("Sample with DL4J");
        sampleButton.setToolTipText("Build the network with DL4J, send a batch of N(0,1) inputs forward and N(0,1) gradients back,"
                + " and plot the measured second moments as points");
        sampleButton.addListener(SWT.Selection, e -> startSampling());
        summary = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(summary);
        chart = new LineChart(root, "Second moment at initialisation", "layer", "E[x²]");
        chart.setLogY(true);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(chart.control());
        scheme.addListener(SWT.Selection, e -> refresh());
        scale.addListener(SWT.Modify, e -> refresh());
        root.addListener(SWT.Dispose, e -> {
            if (job != null) {
                job.cancel();
            }
        });
    }

    public Composite control() {
        return root;
    }

    public LineChart chart() {
        return chart;
    }

    public Combo scheme() {
        return scheme;
    }

    public Text scale() {
        return scale;
    }

    public List<VarianceRow> rows() {
        return rows;
    }

    public Button sampleButton() {
        return sampleButton;
    }

    public Label summary() {
        return summary;
    }

    /** The last sample drawn (or refused, with its reason), or null. */
    public VarianceSample sample() {
        return sample;
    }

    public void show(AnalysisReport r) {
        report = r;
        refresh();
    }

    private void refresh() {
        chart.clear();
        theoryKey = "";
        if (report == null || report.graph() == null || report.hasErrors()) {
            summary.setText("The model needs to be free of errors for the variance theory.");
            return;
        }
        double c = scaleValue();
        if (Double.isNaN(c)) {
            summary.setText("c / a: '" + scale.getText() + "' is not a number");
            return;
        }
        InitScheme s = InitScheme.values()[scheme.getSelectionIndex()];
        try {
            rows = InitVariance.propagate(report.graph(), new InitVariance.Init(s, c), 1.0, 1.0);
        } catch (RuntimeException e) {
            summary.setText("No variance theory for this model: " + e.getMessage());
            chart.clear();
            return;
        }
        double[] x = new double[rows.size()];
        double[] fwd = new double[rows.size()];
        double[] bwd = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = i;
            fwd[i] = rows.get(i).forward();
            bwd[i] = rows.get(i).gradient();
        }
        chart.setSeries(FORWARD, x, fwd, LineChart.Style.SOLID, 0);
        chart.setSeries(BACKWARD, x, bwd, LineChart.Style.SOLID, 1);
        theoryKey = s + "|" + c + "|" + rows.stream().map(r -> r.name() + "=" + r.forward() + "," + r.gradient()).toList();
        if (sample != null && sample.supported() && theoryKey.equals(sampledKey)) {
            new SampledSeries(chart, SAMPLED_FORWARD, SAMPLED_BACKWARD).draw(rows, sample);
            return;
        }
        VarianceRow last = rows.get(rows.size() - 1);
        summary.setText(String.format("Input E[x²] = 1 and output gradient E[g²] = 1: the last layer (%s) gets %.4g,"
                + " the input gets a gradient of %.4g.", last.name(), last.forward(), rows.get(0).gradient()));
    }

    private double scaleValue() {
        try {
            return Double.parseDouble(scale.getText().trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void startSampling() {
        if (report == null || report.graph() == null || report.hasErrors() || rows.isEmpty()) {
            summary.setText("The model needs to be free of errors before it can be sampled.");
            return;
        }
        GraphMapping m = ModelGraphs.fromAnalysis(report.graph());
        ComputeService service = services.get();
        ComputeStatus st = service == null ? null : service.status();
        String refusal = !m.supported() ? "DL4J cannot build this model: " + m.reason()
                : service == null ? "No compute service is installed (bundle nnwb.compute.dl4j), so nothing can be sampled."
                : st.state() == ComputeStatus.State.FAILED ? "The compute service failed to start: " + st.reason() : null;
        if (refusal != null) {
            summary.setText(refusal);
            return;
        }
        InitScheme s = InitScheme.values()[scheme.getSelectionIndex()];
        double c = scaleValue();
        nnwb.compute.graph.InitSpec init;
        try {
            init = ModelGraphs.init(s, c);
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
            return;
        }
        sampleButton.setEnabled(false);
        summary.setText("Sampling with DL4J ...");
        String at = theoryKey;
        job = new SamplingJob(service, m.spec(), init, result -> root.getDisplay().asyncExec(() -> sampled(at, result)));
        job.schedule();
    }

    private void sampled(String at, VarianceSample result) {
        if (root.isDisposed()) {
            return;
        }
        sampleButton.setEnabled(true);
        job = null;
        sample = result;
        sampledKey = at;
        if (!result.supported()) {
            summary.setText("Not sampled: " + result.unsupported());
            return;
        }
        if (!at.equals(theoryKey)) {
            summary.setText("The model changed while sampling; sample again.");
            return;
        }
        new SampledSeries(chart, SAMPLED_FORWARD, SAMPLED_BACKWARD).draw(rows, result);
        VarianceSample.Row last = result.rows().get(result.rows().size() - 1);
        summary.setText(String.format("Sampled with DL4J, batch %d, N(0,1) inputs and output gradients (points): the last layer"
                + " (%s) measures E[x²] = %.4g (theory %.4g), the input gradient E[g²] = %.4g (theory %.4g).", result.batch(),
                last.name(), last.forward(), rows.get(rows.size() - 1).forward(), result.rows().get(0).gradient(),
                rows.get(0).gradient()));
    }
}
