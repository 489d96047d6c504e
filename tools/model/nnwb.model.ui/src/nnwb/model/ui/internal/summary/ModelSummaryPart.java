package nnwb.model.ui.internal.summary;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.memory.DType;
import nnwb.core.memory.MemoryConventions;
import nnwb.core.memory.TextbookConvention;
import nnwb.core.report.ReportExport;
import nnwb.compute.ComputeService;
import nnwb.contracts.ModelAnalysed;
import nnwb.contracts.Topics;
import nnwb.ui.parts.ToolPart;

/**
 * The Model summary, an e4 part: listens to {@link Topics#MODEL_ANALYSED} and shows, after every keystroke in the
 * active model, the per-layer table with totals, memory for inference and training by optimizer with its
 * derivation under the chosen memory convention (textbook, pytorch, dl4j), the layer graph and the variance at
 * initialisation. Batch size, storage type and symbol values are edited here and re-run the analysis through the
 * event's callback. With no model open it says what to do. Export and Open model… are commands
 * ({@link ExportReportHandler}, {@link OpenModelHandler}); the analysis shown is in the part's context for them.
 */
public class ModelSummaryPart extends ToolPart {

    public static final String ID = "nnwb.model.ui.summary";

    @Inject
    @Optional
    @Service
    private volatile ComputeService compute;

    private Composite root;
    private StackLayout pages;
    private Composite content;
    private EmptySummary empty;
    private Text batch;
    private Combo dtype;
    private Combo convention;
    private Text symbols;
    private Button symbolic;
    private Label status;
    private Table table;
    private Text memory;
    private GraphCanvas graph;
    private InitVariancePanel init;
    private GradientGrowthPanel gradients;
    private TabFolder tabs;
    private ModelAnalysed current;
    private AnalysisReport report;
    private String optionProblem;

    @Inject
    @Optional
    private IEventBroker events;

    @Override
    protected Control createControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setData(ModelSummaryPart.class.getName(), this);
        pages = new StackLayout();
        root.setLayout(pages);
        empty = new EmptySummary(root, this::execute);
        content = new Composite(root, SWT.NONE);
        Composite c = content;
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(c);
        batch = field(c, "Batch", "1", 40);
        new Label(c, SWT.NONE).setText("Type");
        dtype = new Combo(c, SWT.READ_ONLY);
        for (DType d : DType.values()) {
            dtype.add(d.label());
        }
        dtype.select(0);
        dtype.addListener(SWT.Selection, e -> optionsChanged());
        symbols = field(c, "Symbols", "", 120);
        symbols.setMessage("NAME=VALUE ...");
        symbolic = new Button(c, SWT.CHECK);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(symbolic);
        symbolic.setText("Symbolic");
        symbolic.addListener(SWT.Selection, e -> optionsChanged());
        Label conventionLabel = new Label(c, SWT.NONE);
        conventionLabel.setText("Memory convention");
        convention = new Combo(c, SWT.READ_ONLY);
        // on the label: a combo's tooltip covers the list it opens
        conventionLabel.setToolTipText("textbook: the coursework sheets' count; pytorch: what autograd keeps; dl4j: what DL4J/ND4J"
                + " allocates on the compute service (calibrated); the Memory tab shows its derivation");
        MemoryConventions.NAMES.forEach(convention::add);
        convention.select(0);
        GridDataFactory.swtDefaults().span(3, 1).applyTo(convention);
        convention.addListener(SWT.Selection, e -> {
            if (report != null) {
                memory.setText(memoryText(report, convention.getText()));
                selectTab("Memory");
            }
        });
        status = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(status);
        tabs = new TabFolder(c, SWT.TOP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(tabs);
        table = new Table(tabs, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        tab("Layers", table);
        memory = new Text(tabs, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        memory.setFont(JFaceResources.getTextFont());
        tab("Memory", memory);
        graph = new GraphCanvas(tabs);
        tab("Graph", graph.control());
        init = new InitVariancePanel(tabs, () -> compute);
        tab("Initialisation", init.control());
        gradients = new GradientGrowthPanel(tabs);
        tab("Gradient growth", gradients.control());
        Button csv = new Button(c, SWT.PUSH);
        csv.setText("Export CSV…");
        csv.addListener(SWT.Selection, e -> execute(ExportReportHandler.CSV));
        Button md = new Button(c, SWT.PUSH);
        md.setText("Export Markdown…");
        md.addListener(SWT.Selection, e -> execute(ExportReportHandler.MARKDOWN));
        showPage();
        return root;
    }

    @Override
    protected void created() {
        provide(AnalysisReport.class, null);
        handle(ExportReportHandler.CSV, new ExportReportHandler("csv"));
        handle(ExportReportHandler.MARKDOWN, new ExportReportHandler("md"));
        handle(OpenModelHandler.COMMAND, new OpenModelHandler());
        if (events != null) {
            events.post(Topics.MODEL_LATEST_REQUESTED, Boolean.TRUE);
        }
    }

    /** A model was analysed: follow it. */
    @Inject
    @Optional
    void analysed(@UIEventTopic(Topics.MODEL_ANALYSED) ModelAnalysed event) {
        if (root == null || root.isDisposed()) {
            return;
        }
        boolean switched = current == null || current.origin() != event.origin();
        current = event;
        if (switched && applyOptions()) {
            return; // re-analysed with this view's options; the next event shows it
        }
        show(event.report());
    }

    /** A model's editor closed: forget it if it is the one shown. */
    @Inject
    @Optional
    void closed(@UIEventTopic(Topics.MODEL_CLOSED) Object origin) {
        if (current != null && current.origin() == origin && root != null && !root.isDisposed()) {
            current = null;
            report = null;
            provide(AnalysisReport.class, null);
            showPage();
        }
    }

    /**
     * Opened from the Coursework overview with no model open: offer both ways in (New model… focused, Open model…
     * beside it) rather than starting the New Model wizard unasked.
     */
    @Inject
    @Optional
    void openedFromOverview(@UIEventTopic(Topics.TOOL_OPENED_FROM_OVERVIEW) String viewId) {
        if (ID.equals(viewId) && current == null && root != null && !root.isDisposed()) {
            showPage();
            empty.newModelButton().setFocus();
        }
    }

    private void showPage() {
        pages.topControl = current == null ? empty.control() : content;
        root.layout(true, true);
    }

    private Text field(Composite root, String label, String value, int width) {
        new Label(root, SWT.NONE).setText(label);
        Text t = new Text(root, SWT.BORDER);
        t.setText(value);
        GridDataFactory.fillDefaults().hint(width, SWT.DEFAULT).applyTo(t);
        t.addListener(SWT.Modify, e -> optionsChanged());
        return t;
    }

    private void tab(String name, org.eclipse.swt.widgets.Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(name);
        item.setControl(control);
    }

    private void optionsChanged() {
        if (current != null) {
            applyOptions();
        }
    }

    /** Re-analyses the current model with the options typed here; false when they are bad or already in force. */
    private boolean applyOptions() {
        SummaryOptions.Result r = SummaryOptions.read(batch.getText(), dtype.getText(), symbols.getText(),
                symbolic.getSelection());
        if (!r.ok()) {
            optionProblem = r.problems().get(0)[0] + ": " + r.problems().get(0)[1];
            status.setText(optionProblem);
            return false;
        }
        optionProblem = null;
        if (r.options().equals(current.report().options())) {
            return false;
        }
        current.reanalyse().accept(r.options());
        return true;
    }

    /** Fills the tabs from a report. */
    void show(AnalysisReport r) {
        if (table.isDisposed()) {
            return;
        }
        report = r;
        provide(AnalysisReport.class, r);
        showPage();
        long errors = r.findings().stream().filter(f -> f.isError()).count();
        String state = errors == 0 ? r.graph().name() + ": " + r.rows().size() + " layers"
                : errors + " error(s), first: line " + r.firstError().line() + ": " + r.firstError().message();
        status.setText(optionProblem == null ? state : optionProblem + " (showing the last valid options)  |  " + state);
        List<String[]> cells = ReportExport.cells(r);
        table.setRedraw(false);
        table.removeAll();
        String[] header = cells.get(0);
        while (table.getColumnCount() < header.length) {
            new TableColumn(table, SWT.RIGHT);
        }
        for (int c = 0; c < header.length; c++) {
            table.getColumn(c).setText(header[c]);
        }
        for (String[] row : cells.subList(1, cells.size())) {
            new TableItem(table, SWT.NONE).setText(row);
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        table.setRedraw(true);
        memory.setText(memoryText(r, convention.getText()));
        graph.show(new LayerGraph(r));
        init.show(r);
        gradients.show(r);
    }

    /** The Memory tab's text: today's textbook view, or the chosen convention with its whole derivation. */
    static String memoryText(AnalysisReport r, String name) {
        return TextbookConvention.NAME.equals(name) ? ReportExport.memoryText(r) : ReportExport.memoryText(r, name);
    }

    /** The memory convention chooser. */
    public Combo convention() {
        return convention;
    }

    /** The analysis shown now, for tests. */
    public AnalysisReport report() {
        return report;
    }

    public Table table() {
        return table;
    }

    public Text memory() {
        return memory;
    }

    public GraphCanvas graph() {
        return graph;
    }

    /** Brings the tab with this title to the front. */
    public void selectTab(String title) {
        for (TabItem item : tabs.getItems()) {
            if (item.getText().equals(title)) {
                tabs.setSelection(item);
            }
        }
    }

    public GradientGrowthPanel gradients() {
        return gradients;
    }

    public InitVariancePanel init() {
        return init;
    }

    public Text batchField() {
        return batch;
    }

    public Text symbolsField() {
        return symbols;
    }

    public Label status() {
        return status;
    }

    /** The page shown when no model is open. */
    public EmptySummary empty() {
        return empty;
    }

    /** True while the "no model open" page is shown. */
    public boolean showsEmptyPage() {
        return pages.topControl == empty.control();
    }

    @Focus
    @Override
    public void focus() {
        (current == null ? empty.control() : table).setFocus();
    }
}
