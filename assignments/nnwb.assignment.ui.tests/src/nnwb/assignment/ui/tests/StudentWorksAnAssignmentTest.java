package nnwb.assignment.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import nnwb.assignment.ui.internal.AssignmentsPart;
import nnwb.assignment.ui.internal.AssignmentsView;
import nnwb.assignment.ui.internal.PartEditor;
import nnwb.core.assignment.AnswersReader;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.Grader;
import nnwb.core.assignment.Submission;
import nnwb.core.assignment.SubmissionResult;
import nnwb.core.check.Limits;
import nnwb.ui.parts.FileChooser;

/**
 * A student works the EPFL problem set in the real workbench: opens each kind of preset, types
 * answers (watching the typeset preview), checks them, comes back after the view was closed and
 * finds everything, and exports the file to hand in. Screenshots in target/screenshots/assignment-*.png.
 */
class StudentWorksAnAssignmentTest {

    private static final String VIEW = "nnwb.assignment.ui.view";
    private IWorkbenchPage page;

    private AssignmentsView open() throws Exception {
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IViewPart v = page.showView(VIEW);
        assertNotNull(v);
        Ui.shell().setSize(1600, 1000);
        List<Control> found = Ui.find(Ui.shell(), AssignmentsPart.class.getName(), "unused");
        AssignmentsPart part = partOf(Ui.shell());
        assertNotNull(part, "the Assignments part is in the window " + found);
        AssignmentsView view = part.view();
        Ui.waitFor("the four assignments", 20_000, () -> view.tree().getItemCount() == 4);
        return view;
    }

    private static AssignmentsPart partOf(org.eclipse.swt.widgets.Composite c) {
        for (Control child : c.getChildren()) {
            if (child.getData(AssignmentsPart.class.getName()) instanceof AssignmentsPart p) {
                return p;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite comp) {
                AssignmentsPart p = partOf(comp);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Clicks Export answers…: the button runs its command, whose handler (in the part's context) asks the part's file
     * chooser, here one answering the name it suggests in {@code dir}, and writes the file there.
     */
    private Path exportWithTheButton(AssignmentsView view, Path dir) {
        Path[] chosen = new Path[1];
        clickExport(view, (extension, suggested) -> {
            assertEquals("*.json", extension);
            chosen[0] = dir.resolve(suggested);
            return Optional.of(chosen[0]);
        });
        assertNotNull(chosen[0], "the command asked for a file");
        return chosen[0];
    }

    /** Clicks Export answers… with the part's file chooser saving through {@code save} (an open is an error). */
    private void clickExport(AssignmentsView view, java.util.function.BiFunction<String, String, Optional<Path>> save) {
        IEclipseContext context = page.getWorkbenchWindow().getService(EPartService.class).findPart(VIEW).getContext();
        context.set(FileChooser.class, new FileChooser() {
            @Override
            public Optional<Path> save(String extension, String suggested) {
                return save.apply(extension, suggested);
            }

            @Override
            public Optional<Path> open(String... extensions) {
                throw new AssertionError("Export answers… opens nothing");
            }
        });
        try {
            click(button(view.control(), "Export answers…"));
        } finally {
            context.remove(FileChooser.class);
        }
    }

    private static org.eclipse.swt.widgets.Button button(Control c, String text) {
        if (c instanceof org.eclipse.swt.widgets.Button b && text.equals(b.getText())) {
            return b;
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (Control child : comp.getChildren()) {
                org.eclipse.swt.widgets.Button b = button(child, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    private static void click(org.eclipse.swt.widgets.Widget w) {
        w.notifyListeners(SWT.Selection, new Event());
    }

    private static String check(PartEditor e) {
        click(e.check());
        Ui.waitFor("the verdict of " + e.partId(), 20_000, () -> !e.verdict().getText().isEmpty()
                && !e.verdict().getText().startsWith("Checking"));
        return e.verdict().getText();
    }

    private static void type(PartEditor e, String text) {
        e.answer().setText(text);
    }

    private void maximize(boolean on) {
        IViewPart v = page.findView(VIEW);
        page.setPartState(page.getReference(v), on ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void aStudentWorksTheEpflProblemSetEndToEnd() throws Exception {
        AssignmentsView view = open();
        maximize(true);
        view.select("epfl-ml-ps08", null);
        view.student().setText("ada");
        Ui.settle(300);
        Ui.shot("assignment-overview");

        // Problem 1: the statement with its mathematics typeset, the model preset, answers with a live preview
        view.select("epfl-ml-ps08", "p1");
        Ui.waitFor("the statement's formulas", 30_000, () -> view.page().statement().typeset());
        Ui.settle(300);
        Ui.shot("assignment-statement");
        PartEditor a = view.page().part("p1.a");
        type(a, "3 n K^2 L");
        Ui.waitFor("the typeset preview", 20_000, a::previewTypeset);
        String wrong = check(a);
        assertTrue(wrong.startsWith("✘ Wrong, 0 of 2 points"), wrong);
        assertTrue(wrong.contains("differ"), "names where they differ: " + wrong);
        type(a, "L n K²");
        assertEquals("", a.verdict().getText(), "a changed answer forgets its verdict");
        assertTrue(check(a).startsWith("✔ Correct, 2 of 2 points"), a.verdict().getText());
        type(view.page().part("p1.b"), "3 n K^2 L");
        type(view.page().part("p1.c"), "K^2 L + 2 n K");
        type(view.page().part("p1.d"), "K (2 K L + n L + n)");
        PartEditor e = view.page().part("p1.e");
        type(e, "9 MiB");
        for (String id : List.of("p1.b", "p1.c", "p1.d")) {
            assertTrue(check(view.page().part(id)).startsWith("✔ Correct"), id + ": " + view.page().part(id).verdict().getText());
        }
        String hidden = check(e);
        assertTrue(hidden.startsWith("✘ Wrong, 0 of 1 point: off by more than 1%"), hidden);
        assertFalse(hidden.contains("8.6"), "the hidden key stays hidden: " + hidden);
        type(view.page().part("p1.d"), "K (2 K L + n L + n");
        Ui.waitFor("the preview's reason", 10_000, () -> view.page().part("p1.d").preview().getText().contains("')' expected"));
        view.reveal(view.page().part("p1.b").control());
        Ui.settle(300);
        Ui.shot("assignment-checked");
        type(view.page().part("p1.d"), "K (2 K L + n L + n)");
        check(view.page().part("p1.d"));

        // the model preset opens the bundle's model, copied into the workspace, in the editor
        maximize(false);
        click(a.preset());
        Ui.waitFor("the model editor", 20_000, () -> page.getActiveEditor() != null);
        IEditorPart editor = page.getActiveEditor();
        assertEquals("mlp.nnet", editor.getTitle());
        Ui.settle(1500);
        Ui.shot("assignment-preset-model");

        // Problem 4: the conv calculator takes the layer, with ada's own input width (drawn per student);
        // Problem 3: the optimizer trace takes its preset
        page.activate(page.findView(VIEW));
        view.select("epfl-ml-ps08", "p4");
        String width = view.current().variant().values().get("p4.in");
        assertEquals("ada", view.current().variant().studentId());
        click(view.page().part("p4.a").preset());
        Ui.waitFor("the conv calculator", 20_000, () -> page.findView("nnwb.conv.ui.calculator") != null
                && !Ui.find(Ui.shell(), "nnwb.field", "input.0").isEmpty());
        Ui.waitFor("the preset's input size", 10_000, () -> width.equals(((Text) Ui.find(Ui.shell(), "nnwb.field", "input.0").get(0))
                .getText()) && "2".equals(((Text) Ui.find(Ui.shell(), "nnwb.field", "stride.0").get(0)).getText()));
        // W_out = floor((W + 2 - 3)/2) + 1 for K = 3, P = 1, S = 2
        type(view.page().part("p4.a"), Long.toString((Long.parseLong(width) - 1) / 2 + 1));
        assertTrue(check(view.page().part("p4.a")).startsWith("✔ Correct"));
        Ui.settle(800);
        Ui.shot("assignment-preset-conv");
        page.activate(page.findView(VIEW));
        view.select("epfl-ml-ps08", "p3");
        click(view.page().part("p3.c").preset());
        Ui.waitFor("the optimizer trace with the preset", 20_000, () -> page.findView("nnwb.optim.ui.view") != null
                && labelContaining(Ui.shell(), "Opened preset \"Constant gradient c = 2"));
        assertTrue(view.status().getText().contains("adam-vs-sgdm.optim in the optimizer trace"), view.status().getText());
        Ui.settle(800);
        Ui.shot("assignment-preset-optim");

        // progress is on disk after every change, and comes back when the view opens again
        Path state = Platform.getStateLocation(FrameworkUtil.getBundle(AssignmentsPart.class)).toFile().toPath();
        String saved = Files.readString(state.resolve("epfl-ml-ps08.answers.json"), StandardCharsets.UTF_8);
        assertTrue(saved.contains("\"student\": \"ada\"") && saved.contains("K (2 K L + n L + n)"), saved);
        page.hideView(page.findView(VIEW));
        Ui.settle(300);
        AssignmentsView again = open();
        again.select("epfl-ml-ps08", "p1");
        assertEquals("ada", again.student().getText());
        assertEquals("L n K²", again.page().part("p1.a").answer().getText());
        assertTrue(again.page().part("p1.a").verdict().getText().startsWith("✔ Correct"), again.page().part("p1.a").verdict().getText());
        assertTrue(again.page().part("p1.e").verdict().getText().startsWith("✘ Wrong"));

        // the exported file is what the grader reads, without hidden keys
        Path export = exportWithTheButton(again, Path.of("target/export").toAbsolutePath());
        assertEquals("Exported your answers to " + export, again.status().getText());
        String handedIn = Files.readString(export, StandardCharsets.UTF_8);
        assertFalse(handedIn.contains("8.625"), handedIn);
        Submission s = AnswersReader.read(export, Limits.DEFAULT);
        assertEquals("ada", s.studentId());
        Assignment epfl = again.current();
        SubmissionResult graded = new Grader(Limits.DEFAULT).grade(epfl, s);
        assertEquals(2 + 2 + 2 + 2 + 0 + 1, graded.awarded(), 1e-9, "p1 a-d right, p1.e wrong, p4.a right");
        assertTrue(export.getFileName().toString().matches("epfl-ml-ps08-ada-[0-9a-f]{12}\\.json"), export.toString());
    }

    @Test
    void exportAnswersRunsItsCommandAndWritesTheFileToHandIn() throws Exception {
        AssignmentsView view = open();
        view.select("epfl-ml-ps08", null);
        // no id typed: nothing is exported under a name the student did not give (never the login name)
        view.student().setText("");
        clickExport(view, (extension, suggested) -> {
            throw new AssertionError("asked for a file with no student id typed");
        });
        assertTrue(view.status().getText().startsWith("Type your name or student number first"), view.status().getText());
        view.student().setText("bea");
        Path export = exportWithTheButton(view, Path.of("target/export-command").toAbsolutePath());
        assertEquals("Exported your answers to " + export, view.status().getText());
        assertTrue(export.getFileName().toString().matches("epfl-ml-ps08-.+\\.json"), export.toString());
        Submission s = AnswersReader.read(export, Limits.DEFAULT);
        assertEquals("epfl-ml-ps08", s.assignmentId());
    }

    @Test
    void aTableIsFilledCellByCellAndEachCellIsJudged() throws Exception {
        AssignmentsView view = open();
        maximize(true);
        view.select("berkeley-dl-hw4", "p4");
        Ui.waitFor("the statement's formulas", 30_000, () -> view.page().statement().typeset());
        PartEditor table = view.page().part("p4.c");
        String[][] values = {{"3*3*1*10 + 10", "28*28*10"}, {"0", "14*14*10"}, {"3×3×10×10 + 10", "1960"}, {"0", "490"},
                {"0", "490"}, {"490*3 + 3", "30"}};
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < 2; j++) {
                table.cells()[i][j].setText(values[i][j]);
            }
        }
        String v = check(table);
        assertTrue(v.startsWith("◐ Partially correct"), v);
        assertTrue(v.contains("11 of 12 cells correct"), v);
        view.page().part("p4.a").answer().setText("K^2 C F + F");
        check(view.page().part("p4.a"));
        view.reveal(table.control());
        Ui.settle(300);
        Ui.shot("assignment-table");
        maximize(false);
    }

    /** Where a control is on the screen and how big: x, y, width, height. */
    private static List<Integer> onScreen(Control c) {
        org.eclipse.swt.graphics.Point at = c.toDisplay(0, 0);
        org.eclipse.swt.graphics.Point size = c.getSize();
        return List.of(at.x, at.y, size.x, size.y);
    }

    @Test
    void answerFieldsStayWhereTheyAreWhileTypingAndExporting() throws Exception {
        AssignmentsView view = open();
        maximize(false);
        view.select("epfl-ml-ps08", null);
        view.student().setText("cy");
        view.select("epfl-ml-ps08", "p1");
        assertFalse(view.page().partsShown(), "no field is shown while the statement may still grow");
        Ui.waitFor("the answer fields", 30_000, () -> view.page().partsShown());
        assertTrue(view.page().statement().typeset(), "the fields come after the statement's formulas");
        Ui.settle(300);
        PartEditor a = view.page().part("p1.a");
        PartEditor b = view.page().part("p1.b");
        view.reveal(a.control());
        Ui.settle(200);
        a.answer().setFocus();
        List<Integer> statement = onScreen(view.page().statement().control());
        List<Integer> fieldA = onScreen(a.answer());
        List<Integer> fieldB = onScreen(b.answer());
        List<Integer> previewA = onScreen(a.preview());
        assertTrue(previewA.get(3) > 0, "the preview line is reserved before anything is typed");
        type(a, "L n K^2");
        Ui.waitFor("the typeset preview", 20_000, a::previewTypeset);
        Ui.settle(200);
        assertEquals(fieldA, onScreen(a.answer()), "the field typed in");
        assertEquals(fieldB, onScreen(b.answer()), "the next part's field, after the formula appeared");
        assertEquals(previewA, onScreen(a.preview()), "the reserved line keeps its height");
        type(a, "L n (K^2");
        Ui.waitFor("the preview's reason", 10_000, () -> a.preview().getText().contains("expected"));
        Ui.settle(200);
        assertEquals(fieldB, onScreen(b.answer()), "after the formula became an error line");
        type(a, "");
        Ui.settle(400);
        assertEquals(fieldB, onScreen(b.answer()), "after the field was cleared");
        assertEquals(statement, onScreen(view.page().statement().control()), "the statement did not grow");
        Ui.shot("assignment-fields-stay");
        Path export = exportWithTheButton(view, Path.of("target/export-stay").toAbsolutePath());
        Ui.settle(200);
        assertEquals("Exported your answers to " + export, view.status().getText());
        assertEquals(fieldA, onScreen(a.answer()), "Exported ... does not push the page down");
        assertEquals(fieldB, onScreen(b.answer()));
        Ui.shot("assignment-fields-after-export");
    }

    /** Whether a label under {@code c} shows {@code text} (the optimizer trace's status line). */
    private static boolean labelContaining(org.eclipse.swt.widgets.Composite c, String text) {
        for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label l && !l.isDisposed() && l.getText().contains(text)) {
                return true;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite inner && labelContaining(inner, text)) {
                return true;
            }
        }
        return false;
    }
}
