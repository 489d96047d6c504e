package nnwb.assignment.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.AssignmentProvider;
import nnwb.core.assignment.Problem;

/**
 * One problem: its statement rendered with typeset mathematics, then a {@link PartEditor} per part. The parts are
 * shown once the statement has its final height (its formulas typeset), so the statement never grows above an
 * answer field that may have the focus.
 */
public final class ProblemPage {

    private final Composite root;
    private final StatementViewer statement;
    private final Composite partsBox;
    private final Label waiting;
    private final List<PartEditor> parts = new ArrayList<>();

    /** Builds the page; {@code relayout} lays the page out again (when its parts appear). */
    public ProblemPage(Composite parent, Assignment a, Problem p, AssignmentProvider provider, Progress progress,
            PartEditor.Actions actions, Runnable relayout) {
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(10, 8).applyTo(root);
        statement = new StatementViewer(root);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(statement.control());
        waiting = new Label(root, SWT.NONE);
        waiting.setText("Typesetting the statement; the answer fields follow…");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(waiting);
        partsBox = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(partsBox);
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(partsBox);
        partsBox.setVisible(false);
        Label rule = new Label(partsBox, SWT.SEPARATOR | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(rule);
        for (Assignment.PartRef ref : a.parts()) {
            if (ref.problem() == p) {
                PartEditor e = new PartEditor(partsBox, ref, a.feedbackOf(ref.part()), progress.answer(ref.id()),
                        progress.result(ref.id()), actions);
                GridDataFactory.fillDefaults().grab(true, false).applyTo(e.control());
                parts.add(e);
            }
        }
        statement.show(StatementParser.parse(statement(provider, a, p)), () -> {
            if (!root.isDisposed()) {
                waiting.dispose();
                ((org.eclipse.swt.layout.GridData) partsBox.getLayoutData()).exclude = false;
                partsBox.setVisible(true);
                relayout.run();
            }
        });
    }

    /** Whether the answer fields are shown (the statement has its final height). */
    public boolean partsShown() {
        return partsBox.getVisible();
    }

    static String statement(AssignmentProvider provider, Assignment a, Problem p) {
        if (provider == null) {
            return "# " + p.title() + "\n\n(The statement is not available.)";
        }
        try (InputStream in = provider.open(p.statement())) {
            // the student's own numbers where the statement draws them ({{name}})
            return a.statementText(new String(in.readNBytes(200_000), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return "# " + p.title() + "\n\n(The statement " + p.statement() + " cannot be read: " + e.getMessage() + ")";
        }
    }

    public Composite control() {
        return root;
    }

    public StatementViewer statement() {
        return statement;
    }

    public List<PartEditor> parts() {
        return parts;
    }

    /** The editor of part {@code id} (qualified, e.g. {@code p1.a}). */
    public PartEditor part(String id) {
        return parts.stream().filter(e -> e.partId().equals(id)).findFirst().orElse(null);
    }
}
