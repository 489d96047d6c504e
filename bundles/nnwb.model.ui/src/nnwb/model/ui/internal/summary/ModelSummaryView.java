package nnwb.model.ui.internal.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;

import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.DType;
import nnwb.core.analysis.ReportExport;
import nnwb.model.ui.internal.editor.ModelSession;
import nnwb.model.ui.internal.editor.NnetEditor;

/**
 * The Model summary: follows the active .nnet editor and shows, after every keystroke, the per-layer table
 * with totals, memory for inference and training by optimizer with its derivation, and the layer graph.
 * Batch size, storage type and symbol values are edited here and re-run the analysis.
 */
public class ModelSummaryView extends ViewPart {

    public static final String ID = "nnwb.model.ui.summary";

    private Text batch;
    private Combo dtype;
    private Text symbols;
    private Button symbolic;
    private Label status;
    private Table table;
    private Text memory;
    private GraphCanvas graph;
    private InitVariancePanel init;
    private TabFolder tabs;
    private NnetEditor editor;
    private AnalysisReport report;
    private String optionProblem;
    private final ModelSession.Listener listener = new ModelSession.Listener() {
        @Override
        public void analysed(AnalysisReport r) {
            show(r);
        }

        @Override
        public void failed(String message) {
            status.setText(message);
        }
    };
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference ref) {
            follow(ref.getPart(false));
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == editor) {
                attach(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(root);
        batch = field(root, "Batch", "1", 40);
        new Label(root, SWT.NONE).setText("Type");
        dtype = new Combo(root, SWT.READ_ONLY);
        for (DType d : DType.values()) {
            dtype.add(d.label());
        }
        dtype.select(0);
        dtype.addListener(SWT.Selection, e -> optionsChanged());
        symbols = field(root, "Symbols", "", 120);
        symbols.setMessage("NAME=VALUE ...");
        symbolic = new Button(root, SWT.CHECK);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(symbolic);
        symbolic.setText("Symbolic");
        symbolic.addListener(SWT.Selection, e -> optionsChanged());
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(status);
        tabs = new TabFolder(root, SWT.TOP);
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
        init = new InitVariancePanel(tabs);
        tab("Initialisation", init.control());
        Button csv = new Button(root, SWT.PUSH);
        csv.setText("Export CSV…");
        csv.addListener(SWT.Selection, e -> export("csv"));
        Button md = new Button(root, SWT.PUSH);
        md.setText("Export Markdown…");
        md.addListener(SWT.Selection, e -> export("md"));
        getSite().getPage().addPartListener(parts);
        follow(getSite().getPage().getActiveEditor());
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

    private void follow(Object part) {
        if (part instanceof NnetEditor e && e != editor) {
            attach(e);
        }
    }

    private void attach(NnetEditor e) {
        if (editor != null && editor.session() != null) {
            editor.session().removeListener(listener);
        }
        editor = e;
        if (editor == null) {
            if (!status.isDisposed()) {
                status.setText("Open a .nnet model to see its summary.");
            }
            return;
        }
        optionsChanged();
        editor.session().addListener(listener);
    }

    private void optionsChanged() {
        if (editor == null) {
            return;
        }
        SummaryOptions.Result r = SummaryOptions.read(batch.getText(), dtype.getText(), symbols.getText(),
                symbolic.getSelection());
        if (!r.ok()) {
            optionProblem = r.problems().get(0)[0] + ": " + r.problems().get(0)[1];
            status.setText(optionProblem);
            return;
        }
        optionProblem = null;
        editor.session().setOptions(r.options());
    }

    /** Fills the tabs from a report. */
    void show(AnalysisReport r) {
        if (table.isDisposed()) {
            return;
        }
        report = r;
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
        memory.setText(ReportExport.memoryText(r));
        graph.show(new LayerGraph(r));
        init.show(r);
    }

    private void export(String format) {
        if (report == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFileName(report.graph().name() + "." + format);
        dialog.setOverwrite(true);
        String path = dialog.open();
        if (path == null) {
            return;
        }
        String text = format.equals("csv") ? ReportExport.csv(report) : ReportExport.markdown(report);
        try {
            Files.writeString(Path.of(path), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Export", "Could not write " + path + ": " + e.getMessage());
        }
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

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(parts);
        attach(null);
        super.dispose();
    }
}
