package nnwb.assignment.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
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
 * problems in a tree, the selected problem's statement and parts, the student's id and
 * Export. Every answer is saved as it changes; Check runs as a job and its verdict is saved too.
 */
public final class AssignmentsView implements PartEditor.Actions {

    private final Composite root;
    private final Text student;
    private final Button export;
    private final Label status;
    private final Tree tree;
    private final ScrolledComposite scroller;
    private final ProgressStore store;
    private final Supplier<PresetOpener> opener;
    private final Map<String, Progress> progress = new HashMap<>();
    private final Runnable catalogChanged;
    private Assignments assignments;
    private Assignment current;
    private ProblemPage page;
    private Composite content;
    private boolean fillingStudent;

    public AssignmentsView(Composite parent, ProgressStore store, Supplier<PresetOpener> opener) {
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
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).hint(160, SWT.DEFAULT).applyTo(student);
        student.addListener(SWT.Modify, e -> studentChanged());
        export = new Button(bar, SWT.PUSH);
        export.setText("Export answers…");
        export.setToolTipText("Write your answers and verdicts as one file to hand in");
        export.addListener(SWT.Selection, e -> exportWithDialog());
        status = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).indent(6, 0).applyTo(status);
        status("");

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tree = new Tree(sash, SWT.SINGLE | SWT.BORDER);
        tree.addListener(SWT.Selection, e -> selected());
        scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> fit());
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
        showContent(c -> message(c, "No assignment is installed yet. Help > Install New Software… or "
                + "nnwb install --repository URL --feature ID adds one from an update site."));
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
            showContent(c -> message(c, "No assignment is installed yet. Help > Install New Software… or "
                    + "nnwb install --repository URL --feature ID adds one from an update site."));
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
        return progress.computeIfAbsent(a.id(), id -> store.load(a, store.lastStudent()
                .orElse(System.getProperty("user.name", ProgressStore.ANONYMOUS))));
    }

    private void open(Assignment a, Problem p) {
        if (current != a) {
            status("");
        }
        current = a;
        Progress pr = progress(a);
        fillingStudent = true;
        student.setText(pr.student());
        fillingStudent = false;
        if (p == null) {
            page = null;
            showContent(c -> overview(c, a, pr));
        } else {
            AssignmentProvider provider = assignments == null ? null : assignments.provider(a.id()).orElse(null);
            showContent(c -> page = new ProblemPage(c, a, p, provider, pr, this));
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

    private interface Builder {
        void build(Composite c);
    }

    private void showContent(Builder b) {
        if (content != null) {
            content.dispose();
        }
        content = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(content);
        b.build(content);
        for (Control c : content.getChildren()) {
            if (c.getLayoutData() == null) {
                GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
            }
        }
        scroller.setContent(content);
        fit();
    }

    private void fit() {
        if (content == null || content.isDisposed()) {
            return;
        }
        int width = Math.max(300, scroller.getClientArea().width);
        Point size = content.computeSize(width, SWT.DEFAULT);
        scroller.setMinSize(width, size.y);
        content.layout(true, true);
    }

    private static void message(Composite c, String text) {
        Label l = new Label(c, SWT.WRAP);
        l.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).indent(10, 10).applyTo(l);
    }

    private void overview(Composite c, Assignment a, Progress pr) {
        Composite box = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(12, 10).spacing(6, 6).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        Label title = new Label(box, SWT.WRAP);
        title.setText(a.title());
        title.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
        Label info = new Label(box, SWT.WRAP);
        Map<String, PartResult> results = pr.results();
        double awarded = results.values().stream().mapToDouble(r -> r.verdict().awarded()).sum();
        info.setText(a.course() + "\nDue " + a.due().toLocalDate() + " " + a.due().toLocalTime() + " (UTC" + a.due().getOffset()
                + ")\n" + FeedbackText.points(a.points()) + " points in " + a.problems().size() + " problems; "
                + FeedbackText.points(awarded) + " points checked so far.");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(info);
        for (Problem p : a.problems()) {
            long parts = p.parts().size();
            long answered = p.parts().stream().filter(x -> !(pr.answer(p.id() + "." + x.id()) instanceof Answer.Missing)).count();
            long right = p.parts().stream().map(x -> results.get(p.id() + "." + x.id()))
                    .filter(r -> r != null && r.verdict().status() == nnwb.core.check.Status.CORRECT).count();
            Label l = new Label(box, SWT.WRAP);
            l.setText("•  " + p.title() + ": " + answered + " of " + parts + " parts answered, " + right + " checked right");
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(l);
        }
        Label how = new Label(box, SWT.WRAP);
        how.setText("\nPick a problem on the left. Answers are saved in the workspace as you type and come back when the"
                + " workbench starts again. Check tells you right or wrong and why; Export answers… writes the file to hand"
                + " in (the grader checks it again).");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(how);
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
            status.setText(text);
            status.setVisible(!text.isEmpty());
            ((org.eclipse.swt.layout.GridData) status.getLayoutData()).exclude = text.isEmpty();
            status.getParent().layout(true);
        }
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
        Assignment a = current;
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
                        fit();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    @Override
    public void openPreset(String partId) {
        Assignment a = current;
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

    private void exportWithDialog() {
        if (current == null) {
            return;
        }
        FileDialog d = new FileDialog(root.getShell(), SWT.SAVE);
        d.setFilterExtensions(new String[] {"*.json"});
        d.setFileName(defaultExportName());
        d.setOverwrite(true);
        String chosen = d.open();
        if (chosen != null) {
            exportTo(Path.of(chosen));
        }
    }

    /** E.g. {@code epfl-ml-ps08-ada-3f2a9c01b4de.json}. */
    public String defaultExportName() {
        return current.id() + "-" + SafeFileNames.stem(progress(current).student().isBlank() ? ProgressStore.ANONYMOUS
                : progress(current).student()) + ".json";
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
        if (content == null || content.isDisposed()) {
            return;
        }
        Point at = content.getDisplay().map(c.getParent(), content, c.getLocation());
        scroller.setOrigin(0, Math.max(0, at.y - 8));
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

    public Assignment current() {
        return current;
    }

    /** The progress of assignment {@code id} as the view holds it. */
    public Progress progressOf(String id) {
        return progress.get(id);
    }
}
