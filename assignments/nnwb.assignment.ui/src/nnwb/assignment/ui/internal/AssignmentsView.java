package nnwb.assignment.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import nnwb.assignment.Assignments;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AssignmentProvider;
import nnwb.core.assignment.Grader;
import nnwb.core.assignment.PartResult;
import nnwb.core.assignment.Preset;
import nnwb.core.assignment.Problem;
import nnwb.core.assignment.SafeFileNames;
import nnwb.core.check.Answer;
import nnwb.core.check.FeedbackText;
import nnwb.core.check.Limits;
import nnwb.core.check.StudentWork;

/**
 * The Assignments view's controls and what they do: the installed assignments and their
 * problems in a tree, the selected problem's statement and parts, the student's id, Export and
 * a status line of its own under them. Every answer is saved as it changes; Check runs as a job
 * and its verdict is saved too.
 */
public final class AssignmentsView implements PartEditor.Actions {

    private final Composite root;
    private final Text student;
    private final Button export;
    private final Label status;
    private final Tree tree;
    private final ContentPane pane;
    private final ProgressStore store;
    private final Supplier<PresetOpener> opener;
    private final Map<String, Progress> progress = new HashMap<>();
    private final Runnable catalogChanged;
    private Assignments assignments;
    private Assignment current;
    private Problem currentProblem;
    private ProblemPage page;
    private boolean fillingStudent;

    /** Builds the view; Export answers… runs its command through {@code commands}. */
    public AssignmentsView(Composite parent, ProgressStore store, Supplier<PresetOpener> opener, Consumer<String> commands) {
        this.store = store;
        this.opener = opener;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(root);
        Composite bar = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 4).applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        new Label(bar, SWT.NONE).setText("Student id");
        student = new Text(bar, SWT.BORDER);
        student.setMessage("your name or student number");
        // wide enough for its hint ("your name or student number") and a long name
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(240, SWT.DEFAULT).applyTo(student);
        student.addListener(SWT.Modify, e -> studentChanged());
        // the student's own numbers (per-student variants) once the id is typed
        student.addListener(SWT.FocusOut, e -> showVariant());
        student.addListener(SWT.DefaultSelection, e -> showVariant());
        export = new Button(bar, SWT.PUSH);
        export.setText("Export answers…");
        export.setToolTipText("Write your answers and verdicts as one file to hand in");
        export.addListener(SWT.Selection, e -> commands.accept(ExportAnswersHandler.COMMAND));
        // the view's status line: one line reserved under the bar, empty or not, so a message never moves the page
        status = new Label(root, SWT.NONE);
        status.setText("X");
        GridDataFactory.fillDefaults().grab(true, false).hint(100, status.computeSize(SWT.DEFAULT, SWT.DEFAULT).y).indent(6, 0)
                .applyTo(status);
        status("");

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tree = new Tree(sash, SWT.SINGLE | SWT.BORDER);
        tree.addListener(SWT.Selection, e -> selected());
        pane = new ContentPane(sash);
        sash.setWeights(28, 72);
        sash.addListener(SWT.Resize, e -> {
            int o = sash.getClientArea().width < 760 ? SWT.VERTICAL : SWT.HORIZONTAL;
            if (sash.getOrientation() != o) {
                sash.setOrientation(o);
                sash.setWeights(o == SWT.VERTICAL ? new int[] {22, 78} : new int[] {28, 72});
            }
        });
        catalogChanged = () -> {
            if (!root.isDisposed()) {
                root.getDisplay().asyncExec(this::refresh);
            }
        };
        root.addDisposeListener(e -> {
            if (assignments != null) {
                assignments.removeListener(catalogChanged);
            }
        });
        pane.show(c -> AssignmentOverview.message(c, AssignmentOverview.NONE_INSTALLED));
    }

    public Composite control() {
        return root;
    }

    /** The catalog to show (null when the service is gone). */
    public void setAssignments(Assignments a) {
        if (assignments != null) {
            assignments.removeListener(catalogChanged);
        }
        assignments = a;
        if (a != null) {
            a.addListener(catalogChanged);
        }
        refresh();
    }

    /** Rebuilds the tree from the installed assignments, keeping the selection where it can. */
    public void refresh() {
        if (root.isDisposed()) {
            return;
        }
        String keep = current == null ? null : current.id();
        tree.removeAll();
        List<Assignment> all = assignments == null ? List.of() : assignments.installed();
        for (Assignment a : all) {
            TreeItem item = new TreeItem(tree, SWT.NONE);
            item.setText(a.title());
            item.setData(a);
            for (Problem p : a.problems()) {
                TreeItem child = new TreeItem(item, SWT.NONE);
                child.setText(p.title() + "  (" + FeedbackText.points(p.points()) + ")");
                child.setData(p);
            }
            item.setExpanded(a.id().equals(keep) || all.size() == 1);
        }
        if (all.isEmpty()) {
            current = null;
            pane.show(c -> AssignmentOverview.message(c, AssignmentOverview.NONE_INSTALLED));
        } else if (keep == null || all.stream().noneMatch(a -> a.id().equals(keep))) {
            select(all.get(0).id(), null);
        }
    }

    private void selected() {
        TreeItem[] sel = tree.getSelection();
        if (sel.length == 0) {
            return;
        }
        Object data = sel[0].getData();
        if (data instanceof Assignment a) {
            open(a, null);
        } else if (data instanceof Problem p) {
            open((Assignment) sel[0].getParentItem().getData(), p);
        }
    }

    /** Shows assignment {@code assignmentId}, at problem {@code problemId} (null: its overview). */
    public void select(String assignmentId, String problemId) {
        for (TreeItem item : tree.getItems()) {
            Assignment a = (Assignment) item.getData();
            if (!a.id().equals(assignmentId)) {
                continue;
            }
            item.setExpanded(true);
            TreeItem target = item;
            for (TreeItem child : item.getItems()) {
                if (((Problem) child.getData()).id().equals(problemId)) {
                    target = child;
                }
            }
            tree.setSelection(target);
            open(a, target == item ? null : (Problem) target.getData());
            return;
        }
    }

    private Progress progress(Assignment a) {
        // the id the student typed last, never the login name unasked (it goes into the file they hand in)
        return progress.computeIfAbsent(a.id(), id -> store.load(a, store.lastStudent().orElse("")));
    }

    /** {@code a} as the student of the view gets it: their own numbers where it draws them, else the sheet's. */
    private Assignment mine(Assignment a) {
        return assignments == null ? a : assignments.require(a.id(), progress(a).student());
    }

    private void showVariant() {
        if (current != null && currentProblem != null && !root.isDisposed()) {
            open(current, currentProblem);
        }
    }

    private void open(Assignment a, Problem sheetProblem) {
        if (current != a) {
            status("");
        }
        current = a;
        currentProblem = sheetProblem;
        Progress pr = progress(a);
        Assignment mine = mine(a);
        Problem p = sheetProblem == null ? null : mine.problems().stream().filter(x -> x.id().equals(sheetProblem.id()))
                .findFirst().orElse(sheetProblem);
        fillingStudent = true;
        student.setText(pr.student());
        fillingStudent = false;
        if (p == null) {
            page = null;
            pane.show(c -> AssignmentOverview.overview(c, mine, pr));
        } else {
            AssignmentProvider provider = assignments == null ? null : assignments.provider(a.id()).orElse(null);
            pane.show(c -> page = new ProblemPage(c, mine, p, provider, pr, this, pane::fit));
            for (PartEditor e : page.parts()) {
                e.part().preset().ifPresent(preset -> {
                    PresetOpener o = opener.get();
                    if (o != null && !o.installed(preset)) {
                        e.presetNote(PresetOpener.toolName(preset).substring(0, 1).toUpperCase()
                                + PresetOpener.toolName(preset).substring(1) + " is not installed here yet; the preset is"
                                + " kept: " + PresetOpener.describe(preset, ""));
                    }
                });
            }
        }
    }

    private void studentChanged() {
        if (fillingStudent || current == null) {
            return;
        }
        progress(current).student(student.getText());
        store.rememberStudent(student.getText());
        save(current);
    }

    private void save(Assignment a) {
        try {
            store.save(a, progress(a));
        } catch (IOException | RuntimeException e) {
            status("Could not save your answers: " + e.getMessage());
        }
    }

    private void status(String text) {
        if (!status.isDisposed()) {
            status.setText(text.replace("&", "&&"));
            status.setToolTipText(text.isEmpty() ? null : text);
        }
    }

    @Override
    public void relayout() {
        pane.fit();
    }

    @Override
    public void answered(String partId, Answer answer) {
        if (current != null && progress(current).answer(partId, answer)) {
            save(current);
            PartEditor e = page == null ? null : page.part(partId);
            if (e != null) {
                e.show(null);
            }
        }
    }

    @Override
    public void check(String partId) {
        Assignment a = current == null ? null : mine(current);
        PartEditor e = page == null ? null : page.part(partId);
        if (a == null || e == null) {
            return;
        }
        Progress pr = progress(a);
        Answer answer = pr.answer(partId);
        StudentWork work = new StudentWork(pr.answers());
        e.checking(true);
        Job job = Job.create("Checking " + partId, monitor -> {
            PartResult r;
            try {
                r = new Grader(Limits.DEFAULT).check(a, partId, answer, work);
            } catch (RuntimeException x) {
                return new Status(IStatus.ERROR, "nnwb.assignment.ui", "cannot check " + partId, x);
            }
            if (!root.isDisposed()) {
                root.getDisplay().asyncExec(() -> {
                    pr.result(r);
                    save(a);
                    if (!e.control().isDisposed()) {
                        e.checking(false);
                        e.show(pr.result(partId));
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    @Override
    public void openPreset(String partId) {
        Assignment a = current == null ? null : mine(current);
        if (a == null) {
            return;
        }
        Preset p = a.part(partId).flatMap(r -> r.part().preset()).orElse(null);
        PresetOpener o = opener.get();
        AssignmentProvider provider = assignments == null ? null : assignments.provider(a.id()).orElse(null);
        if (p == null || o == null || provider == null) {
            return;
        }
        PresetOpener.Outcome out = o.open(a.id(), p, provider);
        PartEditor e = page == null ? null : page.part(partId);
        if (e != null) {
            e.presetNote(out.message());
        }
        status(out.message());
    }

    /** E.g. {@code epfl-ml-ps08-ada-3f2a9c01b4de.json}. */
    public String defaultExportName() {
        return current.id() + "-" + SafeFileNames.stem(progress(current).student().isBlank() ? ProgressStore.ANONYMOUS
                : progress(current).student()) + ".json";
    }

    /**
     * Whether the answers can be exported now: the student's id must be typed first (it names the file handed in,
     * grading reads it from there, and assignments that draw numbers per student use it); otherwise the status line
     * says so and the id field takes the focus.
     */
    public boolean readyToExport() {
        if (current == null) {
            return false;
        }
        if (progress(current).student() == null || progress(current).student().isBlank()) {
            status("Type your name or student number first: it names the file you hand in, and where an assignment draws"
                    + " numbers per student, it picks yours.");
            student.setFocus();
            return false;
        }
        return true;
    }

    /** Writes the current assignment's answers and verdicts to {@code file}. */
    public void exportTo(Path file) {
        try {
            ProgressStore.export(current, progress(current), file);
            status("Exported your answers to " + file);
        } catch (IOException | RuntimeException e) {
            status("Could not export: " + e.getMessage());
        }
    }

    /** Scrolls the page so that {@code c} (a control on it) is at the top. */
    public void reveal(Control c) {
        pane.reveal(c);
    }

    public Tree tree() {
        return tree;
    }

    public Text student() {
        return student;
    }

    public Label status() {
        return status;
    }

    /** The problem shown, or null on an overview. */
    public ProblemPage page() {
        return page;
    }

    /** The assignment shown, as its student gets it (their own numbers where it draws them per student). */
    public Assignment current() {
        return current == null ? null : mine(current);
    }

    /** The progress of assignment {@code id} as the view holds it. */
    public Progress progressOf(String id) {
        return progress.get(id);
    }
}