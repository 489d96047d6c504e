package nnwb.conv.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * One layer: parameters on the left, the answer with its formulas and the drawing on the right.
 * Every keystroke recomputes through the engine; the drawing follows the chosen output cell, which a click,
 * the arrow keys or the Animate button move. A line over the drawing names the chosen cell, or in red what is
 * wrong with the fields.
 */
public final class LayerTab {

    private static final int ANIMATION_MS = 450;

    private final CalculatorInput input = new CalculatorInput();
    private final SashForm root;
    private final ParameterForm form;
    private final Text answer;
    private final LayerCanvas canvas;
    private final Label cellLabel;
    private final Button animate;
    private CalculatorReport report;
    private long outX;
    private long outY;
    private final Runnable tick = this::tick;
    private Runnable onChange = () -> { };

    public LayerTab(Composite parent) {
        root = new SashForm(parent, SWT.HORIZONTAL);
        form = new ParameterForm(root, input);
        SashForm right = new SashForm(root, SWT.VERTICAL);
        answer = new Text(right, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        answer.setFont(JFaceResources.getTextFont());
        Composite drawingArea = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(drawingArea);
        cellLabel = new Label(drawingArea, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cellLabel);
        animate = new Button(drawingArea, SWT.TOGGLE);
        animate.setText("Animate");
        animate.addListener(SWT.Selection, e -> {
            if (animate.getSelection()) {
                root.getDisplay().timerExec(ANIMATION_MS, tick);
            }
        });
        Button reset = new Button(drawingArea, SWT.PUSH);
        reset.setText("Reset");
        reset.addListener(SWT.Selection, e -> reset());
        canvas = new LayerCanvas(drawingArea);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(canvas.control());
        canvas.onSelect(this::select);
        right.setWeights(2, 3);
        root.setWeights(2, 5);
        form.onChange(this::update);
        root.addListener(SWT.Dispose, e -> root.getDisplay().timerExec(-1, tick));
        update();
    }

    public SashForm control() {
        return root;
    }

    public ParameterForm form() {
        return form;
    }

    public Text answer() {
        return answer;
    }

    public LayerCanvas canvas() {
        return canvas;
    }

    /** The tab's status line: the chosen cell, or what is wrong with the fields. */
    public Label status() {
        return cellLabel;
    }

    public CalculatorReport report() {
        return report;
    }

    /** Back to the default layer and the first output cell. */
    public void reset() {
        outX = 0;
        outY = 0;
        form.reset();
    }

    /** Chooses the output cell whose window is drawn. */
    public void select(long x, long y) {
        outX = x;
        outY = y;
        redraw();
    }

    /** Runs {@code r} after every edit of the form (the part keeps its state). */
    public void onChange(Runnable r) {
        onChange = r;
    }

    /** What the form holds. */
    public CalculatorInput input() {
        return input;
    }

    private void update() {
        onChange.run();
        report = CalculatorReport.of(input);
        form.showProblems(report.problems());
        answer.setText(report.text());
        redraw();
    }

    private void redraw() {
        if (!report.valid()) {
            canvas.show(null, "Nothing to draw until the parameters are valid.");
            cellLabel.setForeground(cellLabel.getDisplay().getSystemColor(SWT.COLOR_RED));
            cellLabel.setText(report.status());
            cellLabel.setToolTipText(report.text());
            return;
        }
        cellLabel.setForeground(null);
        cellLabel.setToolTipText(null);
        LayerDrawing d = new LayerDrawing(report.result().spec(), outX, outY);
        outX = d.outX();
        outY = d.outY();
        canvas.show(d, null);
        String cell = d.spec().is2d() ? "(" + outX + ", " + outY + ")" : String.valueOf(outX);
        cellLabel.setText("Output cell " + cell + " reads input " + String.join("  ", d.feedingInputs().stream()
                .map(s -> d.spec().is2d() ? "(" + s + ")" : s).toList()) + "   (click a cell, arrow keys, or Animate)");
    }

    private void tick() {
        if (root.isDisposed() || !animate.getSelection()) {
            return;
        }
        if (report.valid()) {
            LayerDrawing d = canvas.drawing();
            if (d != null) {
                long next = outY * d.outputWidth() + outX + 1;
                long total = d.outputWidth() * d.outputHeight();
                next %= total;
                select(next % d.outputWidth(), next / d.outputWidth());
            }
        }
        root.getDisplay().timerExec(ANIMATION_MS, tick);
    }
}
