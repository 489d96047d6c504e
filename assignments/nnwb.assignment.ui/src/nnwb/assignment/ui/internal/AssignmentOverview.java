package nnwb.assignment.ui.internal;

import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.PartResult;
import nnwb.core.assignment.Problem;
import nnwb.core.check.Answer;
import nnwb.core.check.FeedbackText;

/** The pages that are not a problem: an assignment's overview (due date, points, progress per problem) and a message. */
final class AssignmentOverview {

    /** Shown when the catalog is empty. */
    static final String NONE_INSTALLED = "No assignment is installed yet. Help > Install New Software… or "
            + "nnwb install --repository URL --feature ID adds one from an update site.";

    private AssignmentOverview() {
    }

    static void message(Composite c, String text) {
        Label l = new Label(c, SWT.WRAP);
        l.setText(text);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).indent(10, 10).applyTo(l);
    }

    static void overview(Composite c, Assignment a, Progress pr) {
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
        boolean past = a.due().toInstant().isBefore(java.time.Instant.now());
        info.setText(a.course() + "\nDue " + a.due().toLocalDate() + " " + a.due().toLocalTime() + " (UTC" + a.due().getOffset()
                + ")" + (past ? ": the due date has passed" : "") + "\n" + FeedbackText.points(a.points()) + " points in "
                + a.problems().size() + " problems; " + FeedbackText.points(awarded) + " points checked so far.");
        if (past) {
            info.setForeground(info.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
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
}
