package nnwb.optim.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nnwb.core.optim.closed.MuonUpdateReport;
import nnwb.core.optim.closed.NqmTheory;
import nnwb.core.optim.problem.DropoutLeastSquares;
import nnwb.core.optim.problem.MuonMatrix;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.NewtonSchulz;
import nnwb.optim.ui.internal.Overlays;
import nnwb.optim.ui.internal.TraceView;

/**
 * The view maximized on the least-squares, noisy-quadratic, dropout and Muon problems: what is plotted is
 * checked against the engine, and each is saved as target/screenshots/optim-*.png to be looked at.
 */
class OptimScreenshotTest {

    private TraceView view;

    @BeforeEach
    void open() throws Exception {
        view = OptimViews.openMaximized();
    }

    @AfterEach
    void restore() {
        OptimViews.restore();
    }

    @Test
    void leastSquares() {
        view.openPreset("""
                title = Toronto: gradient descent finds the minimum-norm solution, RMSProp and Adam do not
                problem = least-squares
                problem.X = 2,1
                problem.t = 2
                steps = 300
                optimizer = sgd lr=0.1
                optimizer = momentum lr=0.05 momentum=0.5
                optimizer = rmsprop lr=0.01
                optimizer = adam lr=0.05
                """);
        OptimViews.select(view.tabs(), "Trajectories");
        assertEquals(4, view.shown().traces().size());
        OptimViews.screenshot("least-squares");
        OptimViews.select(view.tabs(), "Analysis");
        assertTrue(view.analysis().text().getText().contains("η* = aᵀh/hᵀh"), view.analysis().text().getText());
        OptimViews.screenshot("least-squares-analysis");
    }

    @Test
    void noisyQuadratic() {
        view.openPreset("""
                problem = nqm
                problem.sigma = 1
                steps = 100
                batch = 4
                optimizer = sgd lr=0.1
                optimizer = sgd lr=0.5
                optimizer = sgd lr=1.5
                """);
        OptimViews.select(view.tabs(), "Analysis");
        NqmTheory th = new NqmTheory(1, 1);
        NqmTheory.Curve c4 = th.lossCurves(new int[] {4}, 0.99 * 2, 200, 100, 1).get(0);
        assertArrayEquals(c4.losses(), view.analysis().chart(0).y("expected loss, B = 4"), 1e-12 * 10);
        OptimViews.screenshot("nqm");
        OptimViews.select(view.tabs(), "Loss");
        // beside each noisy trace, its expected loss from the theory: E[L_t] = ½a·E[w_t²]
        double[] expected = view.lossChart().y("1: sgd (expected, theory)");
        for (int t = 0; t <= 100; t++) {
            assertEquals(Math.max(th.expectedLoss(0.1, 4, t, 1), 1e-30), expected[t], 1e-15);
        }
        OptimViews.screenshot("nqm-loss");
    }

    @Test
    void dropout() {
        view.openPreset("""
                title = Dropout regularises two-weight least squares
                problem = dropout-least-squares
                problem.p = 0.5
                steps = 1500
                batch = 0
                optimizer = sgd lr=0.002
                optimizer = momentum lr=0.001 momentum=0.8
                optimizer = adam lr=0.02
                """);
        DropoutLeastSquares d = (DropoutLeastSquares) Problems.parse("dropout-least-squares", Map.of("p", "0.5"));
        // λ = 1, w_i = y/(x_i(λ + 2)): (11/30, 11/3)
        assertArrayEquals(new double[] {11.0 / 30, 11.0 / 3}, d.regularisedSolution(), 1e-12);
        OptimViews.select(view.tabs(), "Trajectories");
        Overlays.Mark reg = view.contours().marks().stream().filter(m -> m.kind() == Overlays.Kind.POINT).findFirst().orElseThrow();
        assertArrayEquals(d.regularisedSolution(), reg.a(), 1e-12);
        OptimViews.screenshot("dropout");
        OptimViews.select(view.tabs(), "Analysis");
        assertTrue(view.analysis().chart(0).seriesNames().contains("w1, batch 1"));
        assertTrue(view.analysis().chart(0).seriesNames().contains("w1, batch 256"));
        OptimViews.screenshot("dropout-analysis");
    }

    @Test
    void muon() {
        view.openPreset("""
                problem = muon-matrix
                problem.dout = 8
                problem.din = 4
                steps = 200
                batch = 1
                optimizer = signsgd lr=0.01
                optimizer = muon lr=0.02
                optimizer = adam lr=0.01
                """);
        OptimViews.select(view.tabs(), "Analysis");
        MuonMatrix m = (MuonMatrix) Problems.parse("muon-matrix", Map.of("dout", "8", "din", "4"));
        double[] g = m.batchGradient(new double[32], 1, 1);
        MuonUpdateReport rep = MuonUpdateReport.of(g, 8, 4, m.spectralBudget(), NewtonSchulz.Polynomial.QUINTIC, 5, 1e-7);
        assertArrayEquals(rep.singularValues(), view.analysis().chart(0).y("σ(G)"), 1e-12);
        assertArrayEquals(rep.orthogonalisedValues(), view.analysis().chart(0).y("σ(NewtonSchulz(G))"), 1e-12);
        // a batch of one sample gives a rank-1 gradient: one nonzero singular value
        assertTrue(rep.singularValues()[1] < 1e-6 * rep.singularValues()[0], java.util.Arrays.toString(rep.singularValues()));
        String text = view.analysis().text().getText();
        // one quintic iteration on 8×4: W·Wᵀ 2·64·4 + 512 = 1024, Gram 2·8·16 + 64 = 320
        assertTrue(text.contains("1024") && text.contains("320"), text);
        OptimViews.screenshot("muon");
        OptimViews.click(view.analysis().button("Set η to meet the budget (SignSGD, Muon)"));
        assertEquals(rep.signSgdLr(), view.session().optimizers().get(0).lr(), 1e-12);
        assertEquals(rep.muonLr(), view.session().optimizers().get(1).lr(), 1e-12);
        OptimViews.select(view.tabs(), "Loss");
        OptimViews.screenshot("muon-loss");
    }

    /** Issue 23: the optimizer form says beside wd that the decay is decoupled and not multiplied by lr. */
    @Test
    void theWeightDecayFieldSaysItIsDecoupledAndNotScaledByLr() {
        view.openPreset("""
                title = AdamW and SGD with decoupled weight decay
                problem = quadratic
                steps = 50
                optimizer = adamw lr=0.05
                optimizer = sgd lr=0.1 wd=0.01
                """);
        // adamw multiplies its decay by lr (wd-lr on by default, as PyTorch's AdamW); sgd's is not
        view.optimizerPanel().select(0);
        org.eclipse.swt.widgets.Label adamw = label(view.control(), "decoupled, × lr (wd-lr)");
        assertTrue(adamw != null && adamw.isVisible(), "the note beside adamw's wd");
        view.optimizerPanel().select(1);
        org.eclipse.swt.widgets.Label note = label(view.control(), "decoupled, not × lr");
        assertTrue(note != null && note.isVisible(), "the note beside sgd's wd");
        assertTrue(note.getToolTipText().contains("not scaled by lr"), note.getToolTipText());
        OptimViews.screenshot("optimizer-wd-note");
        // ticking wd-lr changes the note
        OptimViews.click((org.eclipse.swt.widgets.Button) view.optimizerPanel().field("wd-lr"));
        assertTrue(label(view.control(), "decoupled, × lr (wd-lr)") != null, "the note follows wd-lr");
    }

    private static org.eclipse.swt.widgets.Label label(org.eclipse.swt.widgets.Control c, String text) {
        if (c instanceof org.eclipse.swt.widgets.Label l && text.equals(l.getText())) {
            return l;
        }
        if (c instanceof org.eclipse.swt.widgets.Composite comp) {
            for (org.eclipse.swt.widgets.Control child : comp.getChildren()) {
                org.eclipse.swt.widgets.Label l = label(child, text);
                if (l != null) {
                    return l;
                }
            }
        }
        return null;
    }
}
