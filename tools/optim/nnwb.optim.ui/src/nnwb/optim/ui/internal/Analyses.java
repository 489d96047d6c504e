package nnwb.optim.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.TraceRunner;
import nnwb.core.optim.WeightDecayVsL2;
import nnwb.core.optim.closed.ClosedForm;
import nnwb.core.optim.closed.ClosedForms;
import nnwb.core.optim.closed.MuonUpdateReport;
import nnwb.core.optim.closed.NqmTheory;
import nnwb.core.optim.closed.OneStepLeastSquares;
import nnwb.core.optim.closed.QuadraticRates;
import nnwb.core.optim.problem.DropoutLeastSquares;
import nnwb.core.optim.problem.LeastSquares;
import nnwb.core.optim.problem.MuonMatrix;
import nnwb.core.optim.problem.NoisyQuadratic;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.problem.QuadraticForm;
import nnwb.core.optim.problem.SolutionSet;
import nnwb.core.optim.update.NewtonSchulz;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;

import static nnwb.optim.ui.internal.AnalysisActions.SET_BUDGET;
import static nnwb.optim.ui.internal.AnalysisActions.SET_GD;
import static nnwb.optim.ui.internal.AnalysisActions.SET_HEAVY_BALL;
import static nnwb.optim.ui.internal.AnalysisActions.SET_ONE_STEP;
import static nnwb.optim.ui.internal.TraceText.vec;

/**
 * The closed forms beside the traces, per problem, every number from the engine: per-mode rates with the
 * optimal η and β on quadratics, the minimum-norm solution and the one-step optimal η of least squares,
 * the noisy quadratic's loss against learning rate and stationary variance, the dropout-regularised
 * solution with batch 1 against a large batch, Muon's singular values, spectral budget and
 * Newton–Schulz costs, constant-gradient closed forms, and weight decay against L2.
 */
public final class Analyses {

    private static final int[] NQM_BATCHES = {1, 4, 16, 64};
    /** The dropout panel's own comparison: steps and the large batch. */
    public static final int DROPOUT_STEPS = 2000;
    public static final int DROPOUT_BATCH = 256;

    private Analyses() {
    }

    /** The analysis of {@code r} (traced from {@code req}), without the compute backend's notes. */
    public static Analysis of(TraceRequest req, TraceResult r) {
        return of(req, r, name -> null);
    }

    /**
     * The analysis of {@code r} (traced from {@code req}), with how the compute service's backend writes each
     * optimizer ({@code backendNote}; null for none).
     */
    public static Analysis of(TraceRequest req, TraceResult r, java.util.function.UnaryOperator<String> backendNote) {
        Problem p = req.problem();
        Analysis.Builder b = new Analysis.Builder(p.name() + ": " + Problems.summary(p.name()));
        switch (p.name()) {
            case "constant" -> constant(b, req, r);
            case "least-squares" -> leastSquares(b, req, r);
            case "nqm" -> nqm(b, req);
            case "dropout-least-squares" -> dropout(b, req);
            case "muon-matrix" -> muon(b, req);
            case "rosenbrock", "expr" -> b.line("No closed form: the loss is not quadratic. The trajectories are drawn over its contours"
                    + (p.minimiser().isPresent() ? "; the minimum is marked." : "."));
            default -> { }
        }
        quadraticRates(b, req);
        weightDecay(b, req);
        backendNotes(b, req, backendNote);
        return b.build();
    }

    private static void constant(Analysis.Builder b, TraceRequest req, TraceResult r) {
        b.line("Loss c·w with the same gradient c everywhere (unbounded below): every position is a function of the update rule alone.");
        b.line("With bias correction and ε = 0 Adam steps exactly η·sign(c) whatever |c|; with ε > 0 its step is η·|c|/(|c| + ε).");
        int last = req.steps();
        for (int i = 0; i < r.traces().size(); i++) {
            Trace t = r.traces().get(i);
            OptimizerConfig c = t.config();
            Optional<ClosedForm> cf = ClosedForms.find(req.problem(), c, req.start(), req.batch(), req.noise());
            b.line("%s: stores %d value(s) per parameter %s; w after %d steps %s%s", TraceSeries.name(i, c), t.stateNames().size(),
                    t.stateNames(), t.size() - 1, Contours.label(t.finalState().params()[0]),
                    cf.map(f -> ", closed form " + Contours.label(f.paramsAt(Math.min(last, t.size() - 1))[0]) + "  (" + f.formula() + ")")
                            .orElse(", no closed form"));
        }
        List<Analysis.Series> series = new ArrayList<>();
        int n = 41;
        double[] x = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = -6 + 9.0 * k / (n - 1);
        }
        for (int i = 0; i < req.optimizers().size(); i++) {
            OptimizerConfig c = req.optimizers().get(i);
            double[] y = new double[n];
            for (int k = 0; k < n; k++) {
                Problem pc = Problems.parse("constant", Map.of("c", Double.toString(Math.pow(10, x[k]))));
                Trace t = TraceRunner.trace(TraceRequest.of(pc, List.of(c), 1), c);
                y[k] = Math.max(Math.abs(t.finalState().params()[0]), 1e-30);
            }
            series.add(new Analysis.Series(TraceSeries.name(i, c), x, y, Analysis.Style.SOLID, i));
        }
        b.chart(new Analysis.Chart("First step |Δw| against the gradient's scale", "log10 c", "|Δw| after one step", true, series));
    }

    private static void leastSquares(Analysis.Builder b, TraceRequest req, TraceResult r) {
        LeastSquares ls = (LeastSquares) req.problem();
        SolutionSet s = ls.solutionSet().orElseThrow();
        b.line("Minimum-norm solution w* = X⁺t = %s; rank %d of %d columns; %s.", vec(s.minNorm()), s.rank(), ls.cols(),
                s.consistent() ? "Xw = t has exact solutions" : "no exact solution (least squares)");
        if (!s.nullBasis().isEmpty()) {
            b.line("Null space of X: %d direction(s), e.g. %s. Gradients (2/n)Xᵀ(Xw − t) lie in the row space, so gradient descent and "
                    + "heavy ball from zero never move along the null space and end at w*; adaptive methods rescale coordinates and do not.",
                    s.nullBasis().size(), vec(s.nullBasis().get(0)));
        }
        for (int i = 0; i < r.traces().size(); i++) {
            Trace t = r.traces().get(i);
            b.line("%s: ends at %s, |w − w*| = %s, null-space component %s", TraceSeries.name(i, t.config()), vec(t.finalState().params()),
                    Contours.label(t.finalState().distanceToMinNorm()), Contours.label(t.finalState().nullSpaceNorm()));
        }
        OneStepLeastSquares one = new OneStepLeastSquares(ls, req.start());
        double eta = one.optimalLr();
        if (Double.isFinite(eta)) {
            b.line("One gradient step from the start: L₁(η) = (aᵀa − 2η·aᵀh + η²·hᵀh)/n is convex (L₁'' = %s ≥ 0), least at η* = aᵀh/hᵀh = %s "
                    + "with L₁(η*) = %s (L at the start %s).", Contours.label(one.secondDerivative()), Contours.label(eta),
                    Contours.label(one.optimalLoss()), Contours.label(one.loss(0)));
            int n = 101;
            double[] etas = new double[n];
            for (int k = 0; k < n; k++) {
                etas[k] = 2.5 * eta * k / (n - 1);
            }
            b.chart(new Analysis.Chart("Loss after one gradient step against η", "η", "L₁(η)", false, List.of(
                    new Analysis.Series("L₁(η)", etas, one.lossCurve(etas), Analysis.Style.SOLID, 0),
                    new Analysis.Series("η* = " + Contours.label(eta), new double[] {eta}, new double[] {one.optimalLoss()}, Analysis.Style.POINTS, 1))));
            b.action(SET_ONE_STEP, "Set η = η* for SGD");
        } else {
            b.line("The gradient at the start is zero: every η gives the same loss after one step.");
        }
    }

    private static void nqm(Analysis.Builder b, TraceRequest req) {
        NoisyQuadratic q = (NoisyQuadratic) req.problem();
        NqmTheory th = NqmTheory.of(q);
        double w0 = req.start()[0];
        int steps = req.steps();
        b.line("SGD on ½·a·w² with gradient noise of variance σ²/B: w ← (1 − ηa)w − η·ε, so E[w_T²] = r^{2T}w₀² + (η²σ²/B)(1 − r^{2T})/(1 − r²), r = 1 − ηa; "
                + "stationary variance ησ²/(B·a·(2 − ηa)) for 0 < ηa < 2.");
        for (int bs : NQM_BATCHES) {
            b.line("B = %d: best η for %d steps %s (expected loss %s)", bs, steps, Contours.label(th.bestLearningRate(bs, steps, w0)),
                    Contours.label(th.expectedLoss(th.bestLearningRate(bs, steps, w0), bs, steps, w0)));
        }
        int batch = req.batch();
        List<Analysis.Series> series = new ArrayList<>();
        double lrMax = 0.99 * 2 / q.curvature();
        int color = 0;
        for (NqmTheory.Curve c : th.lossCurves(NQM_BATCHES, lrMax, 200, steps, w0)) {
            series.add(new Analysis.Series("expected loss, B = " + c.batch(), c.lrs(), floor(c.losses()), Analysis.Style.SOLID, color++));
        }
        for (int i = 0; i < req.optimizers().size(); i++) {
            OptimizerConfig c = req.optimizers().get(i);
            if (!c.name().equals("sgd")) {
                continue;
            }
            double lr = c.lr();
            b.line("%s at batch %d: stationary variance %s, expected loss after %d steps %s", TraceSeries.name(i, c), batch,
                    Contours.label(th.stationaryVariance(lr, batch)), steps, Contours.label(th.expectedLoss(lr, batch, steps, w0)));
            if (batch > 0 && lr > 0 && lr <= lrMax) {
                int seeds = Math.max(10, Math.min(100, 200_000 / Math.max(1, steps)));
                double mean = measuredLoss(req, c, seeds);
                int curve = java.util.Arrays.stream(NQM_BATCHES).boxed().toList().indexOf(batch);
                series.add(new Analysis.Series("measured, " + TraceSeries.name(i, c) + ", B = " + batch + " (" + seeds + " seeds)",
                        new double[] {lr}, new double[] {Math.max(mean, TraceSeries.LOG_FLOOR)}, Analysis.Style.POINTS, curve >= 0 ? curve : 4));
            }
        }
        if (batch == 0) {
            b.line("Batch 0 means the exact gradient (no noise): set a batch size to see the noise floor.");
        }
        b.chart(new Analysis.Chart("Expected loss after " + steps + " SGD steps against η", "learning rate η", "E[L_T]", true, series));
    }

    /** The mean final loss of {@code c} over {@code seeds} seeds at the request's batch (engine traces). */
    static double measuredLoss(TraceRequest req, OptimizerConfig c, int seeds) {
        double sum = 0;
        for (int s = 0; s < seeds; s++) {
            Trace t = TraceRunner.trace(new TraceRequest(req.problem(), List.of(c), req.steps(), req.batch(), 1000 + s, req.noise(), req.start()), c);
            sum += t.finalState().loss();
        }
        return sum / seeds;
    }

    private static void dropout(Analysis.Builder b, TraceRequest req) {
        DropoutLeastSquares d = (DropoutLeastSquares) req.problem();
        double[] reg = d.regularisedSolution();
        b.line("Inverted dropout with rate p on ŷ = Σ mᵢxᵢwᵢ/(1 − p): the expected loss is (y − x·w)² + λ·Σ xᵢ²wᵢ², λ = p/(1 − p) = %s.",
                Contours.label(d.lambda()));
        b.line("Its minimiser, the dropout-regularised solution: w = %s (without dropout any w with x·w = y fits).", vec(reg));
        QuadraticForm q = d.quadraticForm().orElseThrow();
        QuadraticRates rates = QuadraticRates.of(q);
        double lr = 0.5 / rates.large();
        OptimizerConfig sgd = Optimizers.parse("sgd", Map.of("lr", Double.toString(lr)));
        int steps = DROPOUT_STEPS;
        List<Analysis.Series> series = new ArrayList<>();
        int color = 0;
        for (int batch : new int[] {1, DROPOUT_BATCH}) {
            Trace t = TraceRunner.trace(new TraceRequest(d, List.of(sgd), steps, batch, req.seed(), 0, req.start()), sgd);
            double[] x = TraceSeries.steps(TraceSeries.finiteLength(t));
            for (int k = 0; k < Math.min(2, d.dimension()); k++) {
                series.add(new Analysis.Series("w" + (k + 1) + ", batch " + batch, x, TraceSeries.param(t, k),
                        k == 0 ? Analysis.Style.SOLID : Analysis.Style.DASHED, color));
            }
            b.line("SGD η = 0.5/L = %s, batch %d, %d steps: ends at %s (distance to the regularised solution %s)", Contours.label(lr), batch, steps,
                    vec(t.finalState().params()), Contours.label(t.finalState().distanceToMinimum()));
            color++;
        }
        double[] xs = {0, steps};
        for (int k = 0; k < Math.min(2, reg.length); k++) {
            series.add(new Analysis.Series("regularised w" + (k + 1), xs, new double[] {reg[k], reg[k]},
                    k == 0 ? Analysis.Style.SOLID : Analysis.Style.DASHED, 6));
        }
        b.chart(new Analysis.Chart("Batch 1 against batch " + DROPOUT_BATCH + " (SGD, η = 0.5/L, fresh masks each step)", "step", "weight", false, series));
    }

    private static void muon(Analysis.Builder b, TraceRequest req) {
        MuonMatrix m = (MuonMatrix) req.problem();
        OptimizerConfig mc = req.optimizers().stream().filter(c -> c.name().equals("muon")).findFirst().orElse(Optimizers.defaults("muon"));
        NewtonSchulz.Polynomial poly = NewtonSchulz.Polynomial.of(mc.choice("ns"));
        double[] g = m.batchGradient(req.start(), req.batch(), req.seed());
        MuonUpdateReport rep = MuonUpdateReport.of(g, m.rows(), m.cols(), m.spectralBudget(), poly, mc.integer("ns-steps"), mc.number("ns-eps"));
        b.line("Gradient G at the start (%s): %d×%d, singular values %s.", req.batch() > 0 ? "batch " + req.batch() : "all samples",
                rep.rows(), rep.cols(), vec(rep.singularValues()));
        b.line("After %d Newton–Schulz iterations (degree %d): %s; ‖O‖₂ = %s.", mc.integer("ns-steps"), poly.degree(),
                vec(rep.orthogonalisedValues()), Contours.label(rep.orthogonalisedSpectralNorm()));
        b.line("Spectral-norm budget √d_out/(c·√d_in) = %s (c = %s). SignSGD: ‖sign G‖₂ = %s (rank %d), η = budget/‖sign G‖₂ = %s "
                + "(rank-1 G: budget/√(d_out·d_in) = %s). Muon: η = budget/‖O‖₂ = %s (exact U·Vᵀ: η = budget = %s).",
                Contours.label(rep.budget()), Contours.label(m.multiplier()), Contours.label(rep.signSpectralNorm()), rep.signRank(),
                Contours.label(rep.signSgdLr()), Contours.label(rep.signSgdRankOneLr()), Contours.label(rep.muonLr()), Contours.label(rep.exactMuonLr()));
        b.line("One Newton–Schulz iteration on %d×%d: with W·Wᵀ (%s) %d multiplications; with the Gram form Wᵀ·W (%s) %d; the %s form is cheaper.",
                rep.rows(), rep.cols(), MuonUpdateReport.outerFormula(poly), rep.outerMultiplications(), MuonUpdateReport.gramFormula(poly),
                rep.gramMultiplications(), rep.gramMultiplications() < rep.outerMultiplications() ? "Gram"
                        : rep.gramMultiplications() == rep.outerMultiplications() ? "(equal cost) either" : "outer");
        int k = rep.singularValues().length;
        double[] idx = TraceSeries.steps(k);
        b.chart(new Analysis.Chart("Singular values before and after orthogonalisation", "index", "σ", false, List.of(
                new Analysis.Series("σ(G)", idx, rep.singularValues(), Analysis.Style.POINTS, 0),
                new Analysis.Series("σ(NewtonSchulz(G))", idx, rep.orthogonalisedValues(), Analysis.Style.POINTS, 1))));
        double etaMax = 2 * Math.max(rep.signSgdLr(), rep.muonLr());
        double[] etas = {0, etaMax};
        b.chart(new Analysis.Chart("Update spectral norm against η", "η", "‖ΔW‖₂", false, List.of(
                new Analysis.Series("SignSGD η·‖sign G‖₂", etas, new double[] {0, etaMax * rep.signSpectralNorm()}, Analysis.Style.SOLID, 2),
                new Analysis.Series("Muon η·‖O‖₂", etas, new double[] {0, etaMax * rep.orthogonalisedSpectralNorm()}, Analysis.Style.SOLID, 3),
                new Analysis.Series("budget", etas, new double[] {rep.budget(), rep.budget()}, Analysis.Style.DASHED, 6))));
        b.action(SET_BUDGET, "Set η to meet the budget (SignSGD, Muon)");
    }

    private static void quadraticRates(Analysis.Builder b, TraceRequest req) {
        Problem p = req.problem();
        Optional<QuadraticForm> q = p.quadraticForm();
        if (q.isEmpty() || q.get().constantGradient() || p.dimension() > 64) {
            return;
        }
        QuadraticRates rates;
        try {
            rates = QuadraticRates.of(q.get());
        } catch (IllegalArgumentException e) {
            return;
        }
        b.line("Curvatures μ = %s, L = %s, κ = %s%s. Gradient descent shrinks a mode of curvature h by |1 − ηh| per step: best η = 2/(L + μ) = %s, "
                + "rate (κ − 1)/(κ + 1) = %s. Heavy ball: η = 4/(√L + √μ)² = %s, β = ((√L − √μ)/(√L + √μ))² = %s, rate (√κ − 1)/(√κ + 1) = %s.",
                Contours.label(rates.mu()), Contours.label(rates.large()), Contours.label(rates.condition()),
                flat(q.get()) ? " (flat directions of H ignored: nothing moves along them)" : "", Contours.label(rates.gdOptimalLr()),
                Contours.label(rates.gdOptimalRate()), Contours.label(rates.heavyBallOptimalLr()), Contours.label(rates.heavyBallOptimalMomentum()),
                Contours.label(rates.heavyBallOptimalRate()));
        for (int i = 0; i < req.optimizers().size(); i++) {
            OptimizerConfig c = req.optimizers().get(i);
            if (c.name().equals("sgd")) {
                b.line("%s: mode rates |1 − ημ| = %s, |1 − ηL| = %s; slowest %s%s", TraceSeries.name(i, c),
                        Contours.label(QuadraticRates.gdModeRate(c.lr(), rates.mu())), Contours.label(QuadraticRates.gdModeRate(c.lr(), rates.large())),
                        Contours.label(rates.gdRate(c.lr())), rates.gdRate(c.lr()) >= 1 ? " (does not converge)" : "");
            } else if (c.name().equals("momentum")) {
                double beta = c.number("momentum");
                b.line("%s: mode rates %s (μ), %s (L); slowest %s%s", TraceSeries.name(i, c),
                        Contours.label(QuadraticRates.heavyBallModeRate(c.lr(), beta, rates.mu())),
                        Contours.label(QuadraticRates.heavyBallModeRate(c.lr(), beta, rates.large())),
                        Contours.label(rates.heavyBallRate(c.lr(), beta)), rates.heavyBallRate(c.lr(), beta) >= 1 ? " (does not converge)" : "");
            }
        }
        b.action(SET_GD, "Set optimal η (gradient descent)");
        b.action(SET_HEAVY_BALL, "Set optimal η and β (heavy ball)");
        if (p.name().equals("quadratic")) {
            int n = 200;
            double top = 2.2 / rates.large();
            double[] eta = new double[n];
            double[] mu = new double[n];
            double[] large = new double[n];
            double[] hb = new double[n];
            double beta = rates.heavyBallOptimalMomentum();
            for (int k = 0; k < n; k++) {
                eta[k] = top * (k + 1) / n;
                mu[k] = QuadraticRates.gdModeRate(eta[k], rates.mu());
                large[k] = QuadraticRates.gdModeRate(eta[k], rates.large());
                hb[k] = rates.heavyBallRate(eta[k], beta);
            }
            b.chart(new Analysis.Chart("Per-step rate of each mode against η", "η", "rate", false, List.of(
                    new Analysis.Series("GD |1 − ημ|", eta, mu, Analysis.Style.SOLID, 0),
                    new Analysis.Series("GD |1 − ηL|", eta, large, Analysis.Style.DASHED, 0),
                    new Analysis.Series("heavy ball, β = " + Contours.label(beta) + " (slowest mode)", eta, hb, Analysis.Style.SOLID, 1),
                    new Analysis.Series("optimal GD η", new double[] {rates.gdOptimalLr()}, new double[] {rates.gdOptimalRate()}, Analysis.Style.POINTS, 2),
                    new Analysis.Series("optimal heavy ball", new double[] {rates.heavyBallOptimalLr()}, new double[] {rates.heavyBallOptimalRate()},
                            Analysis.Style.POINTS, 3))));
        }
    }

    private static boolean flat(QuadraticForm q) {
        double[] h = q.eigen().values();
        return h[h.length - 1] <= 1e-12 * h.length * Math.abs(h[0]);
    }

    private static void weightDecay(Analysis.Builder b, TraceRequest req) {
        boolean any = false;
        int steps = Math.min(req.steps(), 500);
        for (int i = 0; i < req.optimizers().size(); i++) {
            OptimizerConfig c = req.optimizers().get(i);
            double wd = c.number("wd");
            if (wd <= 0 || c.lr() <= 0) {
                continue;
            }
            any = true;
            boolean scaled = c.flag("wd-lr");
            WeightDecayVsL2.Comparison cmp = WeightDecayVsL2.compare(req.problem(), c, wd, steps, req.start());
            b.line("%s: decay λ = %s matches the penalty λ̃‖w‖² with λ̃ = %s (l2 = %s) under SGD; run both for %d steps: they end %s apart%s",
                    TraceSeries.name(i, c), Contours.label(wd), Contours.label(WeightDecayVsL2.equivalentPenalty(c.lr(), wd, scaled)),
                    Contours.label(WeightDecayVsL2.equivalentL2(c.lr(), wd, scaled)), steps, Contours.label(cmp.maxDifference()),
                    cmp.maxDifference() < 1e-9 ? " (the same step)" : " (an adaptive method divides the penalty's gradient, not the decay)");
        }
        if (!any) {
            b.line("Weight decay against L2: give an optimizer wd > 0 to see the L2 penalty λ̃ = λ/(2η) that makes SGD take the same step, "
                    + "and how far apart decay and penalty end under an adaptive method.");
        }
    }

    private static void backendNotes(Analysis.Builder b, TraceRequest req, java.util.function.UnaryOperator<String> backendNote) {
        java.util.Set<String> told = new java.util.HashSet<>();
        for (OptimizerConfig c : req.optimizers()) {
            if (told.add(c.name())) {
                String note = backendNote.apply(c.name());
                if (note != null) {
                    b.line("How %s is written: %s", c.name(), note);
                }
            }
        }
    }

    private static double[] floor(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.isFinite(out[i]) ? Math.max(out[i], TraceSeries.LOG_FLOOR) : 1e300;
        }
        return out;
    }

}
