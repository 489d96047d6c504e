package nnwb.optim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnwb.core.optim.Trace;
import nnwb.optim.ui.internal.Contours;
import nnwb.optim.ui.internal.PlotFrame;
import nnwb.optim.ui.internal.StepBar;
import nnwb.optim.ui.internal.TraceView;

/**
 * Issue 24 item 3, as the Distill momentum article does it: the start is dragged on the contour plot with real SWT
 * mouse events (the start field follows and the traces are recomputed from there), nudged with Shift+arrow keys, and
 * the traces are stepped through with the buttons and the arrow keys, the readout giving each iterate with its loss and
 * gradient norm worked by hand. Screenshots target/screenshots/optim-drag-*.png.
 */
class StartDragViewTest {

    private TraceView view;

    @BeforeEach
    void open() throws Exception {
        view = OptimViews.openMaximized();
        view.openPreset("""
                title = Toronto least squares: drag the start
                problem = least-squares
                problem.X = 2,1
                problem.t = 2
                steps = 40
                optimizer = sgd lr=0.05
                optimizer = adam lr=0.1
                """);
        OptimViews.select(view.tabs(), "Trajectories");
        OptimViews.flush();
    }

    @AfterEach
    void restore() {
        OptimViews.restore();
    }

    private static void mouse(Canvas c, int type, int x, int y, int button, int state) {
        Event e = new Event();
        e.x = x;
        e.y = y;
        e.button = button;
        e.stateMask = state;
        c.notifyListeners(type, e);
    }

    private static void key(Canvas c, int keyCode, int state) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.stateMask = state;
        e.doit = true;
        c.notifyListeners(SWT.KeyDown, e);
        OptimViews.flush();
    }

    private double[] startField() {
        Text t = view.problemForm().optionField("start");
        assertNotNull(t, "least squares has a start field");
        return Arrays.stream(t.getText().split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private void settled() {
        assertTrue(OptimViews.waitFor(() -> !view.busy(), 60), "the traces were recomputed");
        OptimViews.flush();
    }

    /** SGD's first step from w by hand: w − η·2(2w₁ + w₂ − 2)·(2, 1). */
    private static double[] sgdStep(double[] w, double lr) {
        double r = 2 * w[0] + w[1] - 2;
        return new double[] {w[0] - lr * 2 * r * 2, w[1] - lr * 2 * r};
    }

    @Test
    void draggingTheStartMovesItInTheFieldAndRetracesFromThere() {
        Canvas c = view.contours().control();
        PlotFrame f = view.contours().frame();
        double[] box = view.contours().box();
        assertArrayEquals(new double[] {0, 0}, view.shown().settings().start(), 0);
        double[] sgdBefore = view.shown().traces().get(0).step(1).params();
        int x0 = f.x(0);
        int y0 = f.y(0);
        int x1 = x0 + 60;
        int y1 = y0 - 45;
        mouse(c, SWT.MouseDown, x0 + 3, y0 - 2, 1, 0); // near the marker grabs it
        for (int k = 1; k <= 10; k++) { // a quick drag: each move retraces in a job that the next one cancels
            mouse(c, SWT.MouseMove, x0 + 6 * k, y0 - (int) Math.round(4.5 * k), 0, SWT.BUTTON1);
        }
        assertArrayEquals(box, view.contours().box(), 0, "the plot holds still under a drag");
        mouse(c, SWT.MouseUp, x1, y1, 1, SWT.BUTTON1);
        settled();
        // the point under the pointer, from the box and the frame by hand, to a thousandth of the span
        double[] expected = {box[0] + (x1 - f.left()) / (double) f.size() * (box[1] - box[0]),
            box[2] + (f.top() + f.size() - y1) / (double) f.size() * (box[3] - box[2])};
        double[] field = startField();
        assertEquals(expected[0], field[0], (box[1] - box[0]) / 1000);
        assertEquals(expected[1], field[1], (box[3] - box[2]) / 1000);
        assertTrue(field[0] > 0 && field[1] > 0, "dragged right and up: " + Arrays.toString(field));
        assertArrayEquals(field, view.shown().settings().start(), 0, "the field is the start the traces share");
        Trace sgd = view.shown().traces().get(0);
        assertArrayEquals(field, sgd.step(0).params(), 0);
        assertArrayEquals(sgdStep(field, 0.05), sgd.step(1).params(), 1e-12);
        assertFalse(Arrays.equals(sgdBefore, sgd.step(1).params()), "the trace changed");
        assertEquals(view.problemForm().optionField("start").getText(), view.session().problemOptions().get("start"));
        OptimViews.screenshot("drag-start");

        // a press away from the marker does not move it
        PlotFrame g = view.contours().frame();
        mouse(c, SWT.MouseDown, g.x(field[0]) + 40, g.y(field[1]) + 40, 1, 0);
        mouse(c, SWT.MouseMove, g.x(field[0]) + 80, g.y(field[1]) + 80, 0, SWT.BUTTON1);
        mouse(c, SWT.MouseUp, g.x(field[0]) + 80, g.y(field[1]) + 80, 1, SWT.BUTTON1);
        settled();
        assertArrayEquals(field, startField(), 0);

        // Shift+→ nudges the start right by 2% of the plotted span
        double[] b = view.contours().box();
        key(c, SWT.ARROW_RIGHT, SWT.SHIFT);
        settled();
        assertEquals(field[0] + 0.02 * (b[1] - b[0]), startField()[0], (b[1] - b[0]) / 1000);
        assertEquals(field[1], startField()[1], 0);
        assertArrayEquals(startField(), view.shown().settings().start(), 0);
    }

    @Test
    void steppingShowsEachIterateWithItsLossAndGradientNorm() {
        StepBar bar = view.stepBar();
        Canvas c = view.contours().control();
        key(c, SWT.END, 0);
        assertEquals(40, bar.step());
        assertEquals(40, bar.scale().getMaximum());
        key(c, SWT.HOME, 0);
        assertEquals(0, bar.step());
        assertEquals(0, view.contours().step());
        assertFalse(bar.previousButton().isEnabled());
        // from 0: loss (0 + 0 − 2)² = 4, gradient (−8, −4) of norm √80
        String[] lines = bar.readout().getText().split("\n");
        assertEquals(2, lines.length, "one line per optimizer");
        assertTrue(lines[0].contains("step 0: w1 = 0, w2 = 0 · loss 4 · |∇L| " + Contours.label(Math.sqrt(80))), lines[0]);
        key(c, SWT.ARROW_RIGHT, 0);
        assertEquals(1, bar.step());
        assertEquals(1, bar.spinner().getSelection());
        assertEquals(1, bar.scale().getSelection());
        // η = 0.05: (0.4, 0.2), residual −1, loss 1, gradient norm √20
        assertTrue(bar.readout().getText().split("\n")[0].contains("step 1: w1 = 0.4, w2 = 0.2 · loss 1 · |∇L| "
                + Contours.label(Math.sqrt(20))), bar.readout().getText());
        OptimViews.click(bar.nextButton());
        assertEquals(2, bar.step());
        // (0.6, 0.3), residual −0.5, loss 0.25, gradient norm √5
        assertTrue(bar.readout().getText().split("\n")[0].contains("step 2: w1 = 0.6, w2 = 0.3 · loss 0.25 · |∇L| "
                + Contours.label(Math.sqrt(5))), bar.readout().getText());
        assertEquals(2, view.contours().step());
        OptimViews.screenshot("drag-step2");
        OptimViews.click(bar.previousButton());
        assertEquals(1, bar.step());
        key(c, SWT.END, 0);
        assertEquals(40, bar.step());
        assertFalse(bar.nextButton().isEnabled());
        key(c, SWT.ARROW_RIGHT, 0);
        assertEquals(40, bar.step(), "held at the last step");
        // a step chosen survives a retrace: typing a new start keeps step 1
        key(c, SWT.HOME, 0);
        key(c, SWT.ARROW_RIGHT, 0);
        OptimViews.type(view.problemForm().optionField("start"), "1,0");
        settled();
        assertEquals(1, bar.step());
        double[] w1 = sgdStep(new double[] {1, 0}, 0.05); // residual 0: it stays at (1, 0)
        assertTrue(bar.readout().getText().split("\n")[0].contains("step 1: w1 = " + Contours.label(w1[0]) + ", w2 = "
                + Contours.label(w1[1]) + " · loss 0 · |∇L| 0"), bar.readout().getText());
    }
}
