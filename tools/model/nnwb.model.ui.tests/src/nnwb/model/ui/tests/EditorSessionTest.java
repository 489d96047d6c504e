package nnwb.model.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nnwb.core.report.ReportExport;
import nnwb.model.ui.internal.editor.NnetEditor;
import nnwb.model.ui.internal.editor.ProblemMarkers;
import nnwb.model.ui.internal.summary.InitVariancePanel;
import nnwb.model.ui.internal.summary.ModelSummaryPart;
import nnwb.model.ui.internal.wizard.ModelFiles;
import nnwb.test.harness.Screenshots;

/** The editor in the running workbench: a model from a template, typing, markers and the live summary. */
class EditorSessionTest {

    private IWorkbenchPage page;
    private IFile file;
    private NnetEditor editor;
    private ModelSummaryPart summary;

    @BeforeEach
    void open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        String name = "edge-" + System.nanoTime() + ".nnet";
        assertEquals(null, ModelFiles.validate(root, "models", name, "edge-cnn"));
        file = ModelFiles.create(root, "models", name, "edge-cnn", null);
        summary = SummaryParts.show(page);
        summary.symbolsField().setText("");
        summary.batchField().setText("1");
        editor = (NnetEditor) IDE.openEditor(page, file, NnetEditor.ID);
        waitUntil(() -> summary.report() != null && summary.report().graph() != null, "first analysis");
    }

    @Test
    void withNoModelOpenTheSummarySaysWhatToDo() {
        assertTrue(!summary.showsEmptyPage(), "a model is open");
        page.closeEditor(editor, false);
        waitUntil(summary::showsEmptyPage, "the empty page");
        assertEquals("New model…", summary.empty().newModelButton().getText());
        assertEquals("Open model…", summary.empty().openModelButton().getText());
        Screenshots.save(page.getWorkbenchWindow().getShell(), new File("target/screenshots/summary-empty.png"));
        // opened from the Coursework overview: both ways in are offered, no wizard starts unasked (a dialog that did
        // open is closed by the timer, so the test fails instead of waiting on it)
        Display display = Display.getCurrent();
        List<String> dialogs = new java.util.ArrayList<>();
        display.timerExec(3000, () -> {
            for (org.eclipse.swt.widgets.Shell s : display.getShells()) {
                if (s != page.getWorkbenchWindow().getShell() && s.isVisible()) {
                    dialogs.add(s.getText());
                    s.close();
                }
            }
        });
        PlatformUI.getWorkbench().getService(org.eclipse.e4.core.services.events.IEventBroker.class)
                .send(nnwb.contracts.Topics.TOOL_OPENED_FROM_OVERVIEW, ModelSummaryPart.ID);
        long until = System.currentTimeMillis() + 3500;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
        assertEquals(List.of(), dialogs, "no dialog opened by itself");
        assertTrue(summary.showsEmptyPage());
        assertEquals(summary.empty().newModelButton(), display.getFocusControl(), "New model… offered first");
    }

    @Test
    void exportsRunTheirCommandsAndWriteTheTable(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("summary.csv");
        assertEquals(summary.report().graph().name() + ".csv", SummaryParts.clickWithFile(page, summary, "Export CSV…", csv));
        assertEquals(ReportExport.csv(summary.report()), Files.readString(csv, StandardCharsets.UTF_8));
        assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("total,,,2483"));
        Path md = dir.resolve("summary.md");
        SummaryParts.clickWithFile(page, summary, "Export Markdown…", md);
        assertEquals(ReportExport.markdown(summary.report()), Files.readString(md, StandardCharsets.UTF_8));
    }

    @Test
    void openModelRunsItsCommandAndOpensTheFileInTheEditor() {
        page.closeEditor(editor, false);
        waitUntil(summary::showsEmptyPage, "the empty page");
        SummaryParts.clickWithFile(page, summary, "Open model…", file.getLocation().toFile().toPath());
        waitUntil(() -> page.getActiveEditor() instanceof NnetEditor && !summary.showsEmptyPage(), "the model opened from disk");
        page.closeAllEditors(false);
    }

    @AfterEach
    void close() throws CoreException {
        page.closeEditor(editor, false);
        file.delete(true, null);
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        waitUntil(condition, what, 15_000);
    }

    private static void waitUntil(BooleanSupplier condition, String what, long millis) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    @Test
    void summaryShowsTheEdgeCnnTableWithTotals() {
        // CONV3-10 on 1 channel: 3*3*1*10 + 10 = 100; CONV3-10 on 10: 3*3*10*10 + 10 = 910;
        // FC from 7*7*10 = 490 to 3: 490*3 + 3 = 1473; total 2483
        String[] total = ReportExport.cells(summary.report()).get(summary.table().getItemCount());
        assertEquals("total", total[0]);
        assertEquals("2,483", total[3]);
        String lastRow = summary.table().getItem(summary.table().getItemCount() - 1).getText(3);
        assertEquals("2,483", lastRow);
        assertTrue(summary.memory().getText().contains("train Adam"), summary.memory().getText());
        assertTrue(ReportExport.csv(summary.report()).contains("total,,,2483"), ReportExport.csv(summary.report()));
        Screenshots.save(page.getWorkbenchWindow().getShell(), new File("target/screenshots/editor-summary.png"));
        // the memory convention is a choice; the Memory tab then shows that convention's derivation
        Combo convention = summary.convention();
        assertEquals(List.of("textbook", "pytorch", "dl4j"), List.of(convention.getItems()));
        convention.select(2);
        convention.notifyListeners(SWT.Selection, new Event());
        String dl4j = summary.memory().getText();
        assertEquals(ReportExport.memoryText(summary.report(), "dl4j"), dl4j);
        assertTrue(dl4j.startsWith("Memory under the dl4j convention"), dl4j);
        assertTrue(dl4j.contains("activation-gradient workspaces, per example"), dl4j);
        Screenshots.save(page.getWorkbenchWindow().getShell(), new File("target/screenshots/editor-summary-dl4j.png"));
        convention.select(0);
        convention.notifyListeners(SWT.Selection, new Event());
        assertEquals(ReportExport.memoryText(summary.report()), summary.memory().getText(), "textbook: today's view unchanged");
    }

    @Test
    void aWrongLayerBecomesAMarkerOnItsLineAndFixingItClearsIt() throws Exception {
        IDocument doc = editor.document();
        int line = doc.getNumberOfLines();
        doc.replace(doc.getLength(), 0, "\nconv 8 99\n");
        waitUntil(() -> markers().length > 0, "a problem marker");
        IMarker m = markers()[0];
        assertEquals(line + 1, m.getAttribute(IMarker.LINE_NUMBER, -1), m.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(IMarker.SEVERITY_ERROR, m.getAttribute(IMarker.SEVERITY, -1));
        assertTrue(summary.status().getText().contains("error"), summary.status().getText());
        editor.revealLine(line + 1);
        Screenshots.save(page.getWorkbenchWindow().getShell(), new File("target/screenshots/editor-marker.png"));
        doc.replace(doc.getLength() - "conv 8 99\n".length(), "conv 8 99\n".length(), "");
        waitUntil(() -> Arrays.stream(markers()).noneMatch(x -> x.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR),
                "the marker to go");
    }

    /**
     * Issue 24 item 9: the error the Problems view lists has its annotation, drawn in the ruler, on the same line;
     * also when the error sits at the very end of a text without a final newline.
     */
    @Test
    void aProblemMarkerHasItsGutterAnnotationOnItsLine() throws Exception {
        gutterAnnotationFor("\nconv 8 99\n", "gutter-marker");
        IDocument doc = editor.document();
        doc.replace(0, doc.getLength(), doc.get().replace("\nconv 8 99\n", ""));
        waitUntil(() -> Arrays.stream(markers()).noneMatch(x -> x.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR),
                "the error marker to go");
        gutterAnnotationFor("\nconv 8 99", "gutter-marker-at-end");
        doc.replace(0, doc.getLength(), doc.get().replace("\nconv 8 99", ""));
        waitUntil(() -> Arrays.stream(markers()).noneMatch(x -> x.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR),
                "the error marker to go");
        gutterAnnotationFor("\nconv", "gutter-marker-unfinished");
    }

    private void gutterAnnotationFor(String appended, String shot) throws Exception {
        IDocument doc = editor.document();
        int line = doc.getNumberOfLines();
        doc.replace(doc.getLength(), 0, appended);
        waitUntil(() -> Arrays.stream(markers()).anyMatch(x -> x.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR),
                "an error marker");
        IMarker m = Arrays.stream(markers()).filter(x -> x.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
                .findFirst().orElseThrow();
        int markerLine = m.getAttribute(IMarker.LINE_NUMBER, -1);
        assertEquals(line + 1, markerLine, m.getAttribute(IMarker.MESSAGE, ""));
        org.eclipse.jface.text.source.IAnnotationModel model = editor.getDocumentProvider()
                .getAnnotationModel(editor.getEditorInput());
        assertNotNull(model, "the editor has an annotation model");
        java.util.function.Supplier<org.eclipse.ui.texteditor.MarkerAnnotation> annotation = () -> {
            for (java.util.Iterator<org.eclipse.jface.text.source.Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
                if (it.next() instanceof org.eclipse.ui.texteditor.MarkerAnnotation a && a.getMarker().equals(m)) {
                    return a;
                }
            }
            return null;
        };
        waitUntil(() -> annotation.get() != null, "the marker's annotation in the editor's annotation model");
        org.eclipse.ui.texteditor.MarkerAnnotation a = annotation.get();
        org.eclipse.jface.text.Position p = model.getPosition(a);
        assertEquals(markerLine, doc.getLineOfOffset(p.getOffset()) + 1, "the annotation sits on the marker's line");
        assertEquals("org.eclipse.ui.workbench.texteditor.error", a.getType(), "an error annotation, not an unknown one");
        org.eclipse.ui.texteditor.AnnotationPreference pref = org.eclipse.ui.editors.text.EditorsUI.getAnnotationPreferenceLookup()
                .getAnnotationPreference(a);
        assertNotNull(pref, "the annotation type has a presentation");
        assertTrue(org.eclipse.ui.editors.text.EditorsUI.getPreferenceStore().getBoolean(pref.getVerticalRulerPreferenceKey()),
                "errors are shown in the ruler");
        editor.revealLine(markerLine);
        Screenshots.save(page.getWorkbenchWindow().getShell(), new File("target/screenshots/editor-" + shot + ".png"));
    }

    @Test
    void batchAndSymbolsInTheSummaryRerunTheAnalysis() {
        summary.symbolsField().setText("classes=10");
        // FC 490 -> 10: 4910; total 100 + 910 + 4910 = 5920
        waitUntil(() -> "5,920".equals(lastParams()), "classes=10 to apply");
        summary.batchField().setText("64");
        waitUntil(() -> summary.report().options().effectiveBatch().longValue() == 64, "batch 64");
        summary.symbolsField().setText("classes=x");
        assertTrue(summary.status().getText().startsWith("symbols"), summary.status().getText());
    }

    private String lastParams() {
        int n = summary.table().getItemCount();
        return n == 0 ? null : summary.table().getItem(n - 1).getText(3);
    }

    private IMarker[] markers() {
        try {
            return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void outlineAndGraphFollowTheModel() {
        assertNotNull(editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class));
        assertEquals(summary.report().rows().size(), summary.graph().graph().boxes().size());
    }

    @Test
    void initialisationChartPlotsTheEngineTheoryForTheChosenScheme() {
        nnwb.model.ui.internal.summary.InitVariancePanel init = summary.init();
        waitUntil(() -> summary.report().model() != null && !summary.report().hasErrors()
                && summary.report().graph().name().equals("edge-cnn"), "the edge CNN without errors");
        init.scale().setText("1");
        init.scheme().select(nnwb.core.cost.InitScheme.HE_NORMAL.ordinal());
        init.scheme().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        double[] fwd = init.chart().y(nnwb.model.ui.internal.summary.InitVariancePanel.FORWARD);
        assertEquals(init.rows().size(), fwd.length);
        for (int i = 0; i < fwd.length; i++) {
            assertEquals(init.rows().get(i).forward(), fwd[i], 0.0);
        }
        // He on conv1 (fan-in 3*3*1 = 9): 9 * (2/9) * 1 = 2 for a unit-variance input
        assertEquals(2.0, init.rows().get(1).forward(), 1e-12);
        init.scheme().select(nnwb.core.cost.InitScheme.UNIT_NORMAL_SCALED.ordinal());
        init.scale().setText("0.5");
        assertTrue(init.chart().seriesNames().contains(nnwb.model.ui.internal.summary.InitVariancePanel.FORWARD));
        // N(0,1) scaled by c = 0.5: 9 * 0.25 = 2.25
        assertEquals(2.25, init.chart().y(nnwb.model.ui.internal.summary.InitVariancePanel.FORWARD)[1], 1e-12);
        page.setPartState(page.findViewReference(ModelSummaryPart.ID), IWorkbenchPage.STATE_MAXIMIZED);
        summary.selectTab("Initialisation");
        Screenshots.save(page.getWorkbenchWindow().getShell(), new File("target/screenshots/editor-init.png"));
        summary.selectTab("Graph");
        Screenshots.save(page.getWorkbenchWindow().getShell(), new File("target/screenshots/editor-graph.png"));
        summary.selectTab("Layers");
        page.setPartState(page.findViewReference(ModelSummaryPart.ID), IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void sampleWithDl4jDrawsMeasuredPointsBesideTheTheory() {
        InitVariancePanel init = summary.init();
        waitUntil(() -> summary.report().model() != null && !summary.report().hasErrors()
                && summary.report().graph().name().equals("edge-cnn"), "the edge CNN without errors");
        // the symbols of an earlier test may still be re-analysing: wait for the default classes=3 (2,483 parameters)
        waitUntil(() -> "2,483".equals(lastParams()), "the default symbols");
        init.scale().setText("1");
        init.scheme().select(nnwb.core.cost.InitScheme.HE_NORMAL.ordinal());
        init.scheme().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        page.setPartState(page.findViewReference(ModelSummaryPart.ID), IWorkbenchPage.STATE_MAXIMIZED);
        summary.selectTab("Initialisation");
        init.sampleButton().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertFalse(init.sampleButton().isEnabled(), "the button waits for the job");
        // the first use loads ND4J and unpacks its natives (seconds to a minute on a cold cache)
        waitUntil(() -> init.sample() != null, "the DL4J sample", 180_000);
        assertTrue(init.sample().supported(), init.summary().getText());
        assertTrue(init.summary().getText().startsWith("Sampled with DL4J"), init.summary().getText());
        double[] fwd = init.chart().y(InitVariancePanel.SAMPLED_FORWARD);
        double[] bwd = init.chart().y(InitVariancePanel.SAMPLED_BACKWARD);
        assertEquals(init.rows().size(), fwd.length);
        assertEquals(init.rows().size(), bwd.length);
        // the inputs are N(0,1): E[x²] = 1 over 784 values x a batch of hundreds
        assertEquals(1.0, fwd[0], 0.05);
        // the gradient fed at the output is N(0,1) too, 3 values x the batch
        assertEquals(1.0, bwd[bwd.length - 1], 0.2);
        // conv1 with He: theory 9 x 2/9 = 2; 90 weights make the realised gain a chi-square average (±15 %),
        // and zero padding gives the border cells fewer inputs (-5 %): 50 % is over three standard deviations
        double theory = init.rows().get(1).forward();
        assertEquals(2.0, theory, 1e-12);
        assertEquals(theory, fwd[1], 0.5 * theory);
        Screenshots.save(page.getWorkbenchWindow().getShell(), new File("target/screenshots/editor-init-sampled.png"));
        // a new scheme redraws the theory and drops the points of the old one
        init.scheme().select(nnwb.core.cost.InitScheme.LECUN_NORMAL.ordinal());
        init.scheme().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        assertFalse(init.chart().seriesNames().contains(InitVariancePanel.SAMPLED_FORWARD));
        summary.selectTab("Layers");
        page.setPartState(page.findViewReference(ModelSummaryPart.ID), IWorkbenchPage.STATE_RESTORED);
    }
}
