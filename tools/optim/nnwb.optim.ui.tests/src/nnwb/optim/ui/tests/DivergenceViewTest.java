package nnwb.optim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnwb.optim.ui.internal.ResultsTable;
import nnwb.optim.ui.internal.TraceSeries;
import nnwb.optim.ui.internal.TraceView;

/**
 * Issue 24: SGD at η = 0.5 on the Toronto least squares (L = 10, so η < 0.2 is stable) is shown as diverged at
 * step 5 (loss 4·16⁵, by hand in the engine's DivergenceTest) in the results, on the loss and trajectory plots, and
 * the learning-rate field states the limit; the log loss axis reads 1e-k. Screenshots
 * target/screenshots/optim-diverged-*.png.
 */
class DivergenceViewTest {

    private TraceView view;

    @BeforeEach
    void open() throws Exception {
        view = OptimViews.openMaximized();
        view.openPreset("""
                title = Toronto least squares: SGD past its stability limit
                problem = least-squares
                problem.X = 2,1
                problem.t = 2
                steps = 200
                optimizer = sgd lr=0.5
                optimizer = sgd lr=0.1
                """);
        OptimViews.flush();
    }

    @AfterEach
    void restore() {
        OptimViews.restore();
    }

    @Test
    void theResultsSayWhereItDiverged() {
        OptimViews.select(view.tabs(), "Results");
        int col = Arrays.asList(ResultsTable.COLUMNS).indexOf("diverged");
        assertEquals("at step 5", view.results().table().getItem(0).getText(col));
        assertEquals("no", view.results().table().getItem(1).getText(col));
        assertEquals("200", view.results().table().getItem(0).getText(Arrays.asList(ResultsTable.COLUMNS).indexOf("steps")));
        OptimViews.screenshot("diverged-results");
    }

    @Test
    void theLossPlotStopsAndIsMarkedWhereItDivergedWithPowersOfTenOnItsAxis() {
        OptimViews.select(view.tabs(), "Loss");
        double[] loss = view.lossChart().y("1: sgd lr=0.5");
        assertEquals(6, loss.length, "drawn up to step 5, not clamped on to step 200");
        assertEquals(4 * Math.pow(16, 5), loss[5], 1e-6);
        assertArrayEquals(new double[] {4 * Math.pow(16, 5)}, view.lossChart().y("1: sgd lr=0.5 diverged at step 5"), 1e-6);
        String second = TraceSeries.name(1, view.shown().traces().get(1).config());
        assertEquals(201, view.lossChart().y(second).length);
        assertTrue(view.lossChart().seriesNames().stream().noneMatch(n -> n.startsWith(second) && n.contains("diverged")));
        List<String> ticks = view.lossChart().yTickLabels();
        assertFalse(ticks.isEmpty());
        for (String t : ticks) {
            assertTrue(t.isEmpty() || t.matches("1e-?\\d+|0\\.0*1|10*"), "a power of ten or no label: " + t + " of " + ticks);
        }
        // losses from 1e-30 (the floor) to 4·16⁵: every decade has its label
        for (int k = -29; k <= 6; k++) {
            String label = k < -3 || k > 3 ? "1e" + k : nnwb.ui.chart.LogTickFormat.label(Math.pow(10, k));
            assertTrue(ticks.contains(label), label + " in " + ticks);
        }
        assertTrue(ticks.contains("1e-11") && ticks.contains("0.001") && ticks.contains("1") && ticks.contains("1000"), ticks.toString());
        OptimViews.screenshot("diverged-loss");
    }

    @Test
    void theTrajectoryLegendAndTheRateFieldSayIt() {
        OptimViews.select(view.tabs(), "Trajectories");
        OptimViews.screenshot("diverged-trajectories");
        view.optimizerPanel().select(0);
        OptimViews.flush();
        assertEquals("stable for η < 2/L = 0.2 (L = 10, the largest curvature): η = 0.5 diverges",
                view.optimizerPanel().limitLabel().getText());
        assertEquals(view.optimizerPanel().limitLabel().getDisplay().getSystemColor(SWT.COLOR_RED),
                view.optimizerPanel().limitLabel().getForeground());
        OptimViews.type((Text) view.optimizerPanel().field("lr"), "0.15");
        assertEquals("stable for η < 2/L = 0.2 (L = 10, the largest curvature)", view.optimizerPanel().limitLabel().getText());
        assertFalse(view.shown().traces().get(0).finalState().diverged());
        OptimViews.choose(view.problemForm().problemCombo(), "rosenbrock");
        assertEquals("", view.optimizerPanel().limitLabel().getText(), "no closed form, no limit");
    }
}
