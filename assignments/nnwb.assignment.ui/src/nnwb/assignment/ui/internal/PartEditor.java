package nnwb.assignment.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.FeedbackPolicy;
import nnwb.core.assignment.PartResult;
import nnwb.core.assignment.Preset;
import nnwb.core.check.Answer;
import nnwb.core.check.AnswerKind;
import nnwb.core.check.FeedbackText;
import nnwb.core.check.FormulaChecker;
import nnwb.core.check.TableChecker;

/**
 * One part of a problem: its prompt and points, the button that opens its preset, the answer
 * field (a grid for a table, several lines for a matrix or text), a live typeset preview of a
 * formula on a reserved line ({@link FormulaPreview}), Check, and the verdict with its reason.
 */
public final class PartEditor {

    /** What the view does for a part. */
    public interface Actions {
        void answered(String partId, Answer answer);

        void check(String partId);

        void openPreset(String partId);

        /** A part changed its height (a verdict or a note came or went): lay the page out again. */
        void relayout();
    }

    private final Assignment.PartRef ref;
    private final Composite root;
    private final Text answer;
    private final Text[][] cells;
    private final FormulaPreview preview;
    private final Button check;
    private final Button preset;
    private final Label presetNote;
    private final Label verdict;
    private final Label cellLines;
    private final Actions actions;
    private boolean filling;

    public PartEditor(Composite parent, Assignment.PartRef ref, FeedbackPolicy policy, Answer saved, PartResult result,
            Actions actions) {
        this.ref = ref;
        this.actions = actions;
        root = new Composite(parent, SWT.NONE);
        root.setData("nnwb.part", ref.id());
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 4).extendedMargins(0, 0, 10, 4).applyTo(root);
        Label prompt = new Label(root, SWT.WRAP);
        prompt.setText("(" + ref.part().id() + ")  " + ref.part().prompt());
        prompt.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, SWT.DEFAULT).applyTo(prompt);
        Label points = new Label(root, SWT.NONE);
        double p = ref.part().points();
        points.setText(FeedbackText.points(p) + (p == 1 ? " point" : " points"));
        GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).applyTo(points);

        Preset pr = ref.part().preset().orElse(null);
        if (pr != null) {
            preset = new Button(root, SWT.PUSH);
            preset.setText(PresetOpener.label(pr));
            preset.setData("nnwb.preset", ref.id());
            preset.addListener(SWT.Selection, e -> actions.openPreset(ref.id()));
            GridDataFactory.swtDefaults().span(3, 1).applyTo(preset);
            presetNote = new Label(root, SWT.WRAP);
            presetNote.setData("nnwb.presetNote", ref.id());
            GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, SWT.DEFAULT).applyTo(presetNote);
            shown(presetNote, "");
        } else {
            preset = null;
            presetNote = null;
        }

        AnswerKind kind = ref.part().checker().kind();
        if (ref.part().checker() instanceof TableChecker table) {
            answer = null;
            cells = tableGrid(table, saved, actions);
            check = checkButton(actions);
        } else {
            cells = null;
            boolean multi = kind == AnswerKind.MATRIX || kind == AnswerKind.TEXT;
            answer = new Text(root, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
            answer.setData("nnwb.answer", ref.id());
            answer.setMessage(ref.part().checker().inputHint());
            answer.setText(AnswerInput.text(saved));
            int lines = kind == AnswerKind.TEXT ? 4 : kind == AnswerKind.MATRIX ? 5 : 1;
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(200, multi ? answer.getLineHeight() * lines : SWT.DEFAULT)
                    .applyTo(answer);
            answer.addListener(SWT.Modify, e -> {
                if (!filling) {
                    actions.answered(ref.id(), AnswerInput.ofText(answer.getText()));
                }
                schedulePreview();
            });
            check = checkButton(actions);
        }
        Label hint = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, SWT.DEFAULT).applyTo(hint);
        String hintText = cells != null ? "Cells: " + ref.part().checker().inputHint() + "." : "";
        if (policy != FeedbackPolicy.ALWAYS) {
            hintText = (hintText + " The key of this part stays hidden" + (policy == FeedbackPolicy.AFTER_DEADLINE
                    ? " until the due date" : "") + ": Check says right or wrong and why, not the answer.").strip();
        }
        shown(hint, hintText);
        FormulaChecker formula = FormulaPreview.formula(ref.part().checker());
        preview = formula == null ? null : new FormulaPreview(root, formula, 3, ref.id());
        verdict = new Label(root, SWT.WRAP);
        verdict.setData("nnwb.verdict", ref.id());
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, SWT.DEFAULT).applyTo(verdict);
        cellLines = new Label(root, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, SWT.DEFAULT).indent(16, 0).applyTo(cellLines);
        shown(verdict, "");
        shown(cellLines, "");
        show(result);
        schedulePreview();
    }

    private Button checkButton(Actions actions) {
        Button b = new Button(root, SWT.PUSH);
        b.setText("Check");
        b.setData("nnwb.check", ref.id());
        b.addListener(SWT.Selection, e -> actions.check(ref.id()));
        GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).applyTo(b);
        return b;
    }

    private Text[][] tableGrid(TableChecker t, Answer saved, Actions actions) {
        Composite grid = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(t.columns().size() + 1).spacing(6, 3).applyTo(grid);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).align(SWT.BEGINNING, SWT.BEGINNING).applyTo(grid);
        new Label(grid, SWT.NONE);
        for (String c : t.columns()) {
            Label l = new Label(grid, SWT.NONE);
            l.setText(c);
        }
        String[][] values = AnswerInput.table(t, saved);
        Text[][] texts = new Text[t.rows().size()][t.columns().size()];
        for (int i = 0; i < t.rows().size(); i++) {
            new Label(grid, SWT.NONE).setText(t.rows().get(i));
            for (int j = 0; j < t.columns().size(); j++) {
                Text cell = new Text(grid, SWT.BORDER);
                cell.setText(values[i][j]);
                cell.setData("nnwb.cell", ref.id() + "/" + t.rows().get(i) + "/" + t.columns().get(j));
                GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).applyTo(cell);
                cell.addListener(SWT.Modify, e -> {
                    if (!filling) {
                        actions.answered(ref.id(), AnswerInput.ofTable(t, texts()));
                    }
                });
                texts[i][j] = cell;
            }
        }
        return texts;
    }

    private String[][] texts() {
        String[][] out = new String[cells.length][];
        for (int i = 0; i < cells.length; i++) {
            out[i] = new String[cells[i].length];
            for (int j = 0; j < cells[i].length; j++) {
                out[i][j] = cells[i][j].getText();
            }
        }
        return out;
    }

    public Composite control() {
        return root;
    }

    public String partId() {
        return ref.id();
    }

    public nnwb.core.assignment.Part part() {
        return ref.part();
    }

    /** The answer field (null for a table). */
    public Text answer() {
        return answer;
    }

    /** The table's cells, row by column (null unless a table). */
    public Text[][] cells() {
        return cells;
    }

    public Button check() {
        return check;
    }

    public Button preset() {
        return preset;
    }

    public Label verdict() {
        return verdict;
    }

    /** The preview line of a formula answer (null for other answers); its height is fixed. */
    public Label preview() {
        return preview == null ? null : preview.label();
    }

    /** Whether the preview shows a typeset formula (not an error or nothing). */
    public boolean previewTypeset() {
        return preview != null && preview.typeset();
    }

    private void schedulePreview() {
        if (preview != null && answer != null) {
            preview.request(answer.getText());
        }
    }

    /** A line under the preset button (what opened, or that the tool is missing). */
    public void presetNote(String text) {
        if (presetNote != null) {
            shown(presetNote, text);
            actions.relayout();
        }
    }

    /** The preset note's text. */
    public String presetNote() {
        return presetNote == null ? "" : presetNote.getText();
    }

    /** Sets a label's text and leaves it out of the layout while empty. */
    private static void shown(Label l, String text) {
        if (!text.isEmpty() || l.getImage() == null) {
            l.setText(text);
        }
        boolean empty = text.isEmpty() && l.getImage() == null;
        l.setVisible(!empty);
        if (l.getLayoutData() instanceof org.eclipse.swt.layout.GridData g) {
            g.exclude = empty;
        }
    }

    /** Enables Check while no check runs. */
    public void checking(boolean running) {
        check.setEnabled(!running);
        if (running) {
            shown(verdict, "Checking…");
            verdict.setForeground(null);
            actions.relayout();
        }
    }

    /** Shows a verdict (the student's view of it), or nothing. */
    public void show(PartResult r) {
        if (r == null) {
            boolean had = verdict.getVisible() || cellLines.getVisible();
            shown(verdict, "");
            shown(cellLines, "");
            if (had) {
                actions.relayout();
            }
            return;
        }
        shown(verdict, VerdictText.headline(r));
        nnwb.core.check.Status s = r.verdict().status();
        int colour = switch (s) {
            case CORRECT -> SWT.COLOR_DARK_GREEN;
            case PARTIAL -> SWT.COLOR_DARK_YELLOW;
            case WRONG, UNGRADABLE -> SWT.COLOR_DARK_RED;
            case COLLECTED -> SWT.COLOR_DARK_BLUE;
        };
        verdict.setForeground(root.getDisplay().getSystemColor(colour));
        List<String> lines = VerdictText.cells(r);
        shown(cellLines, String.join("\n", lines));
        actions.relayout();
    }

    /** Puts a saved answer back without counting it as an edit. */
    public void fill(Answer a) {
        filling = true;
        try {
            if (answer != null) {
                answer.setText(AnswerInput.text(a));
            } else if (cells != null && ref.part().checker() instanceof TableChecker t) {
                String[][] v = AnswerInput.table(t, a);
                for (int i = 0; i < cells.length; i++) {
                    for (int j = 0; j < cells[i].length; j++) {
                        cells[i][j].setText(v[i][j]);
                    }
                }
            }
        } finally {
            filling = false;
        }
    }
}
