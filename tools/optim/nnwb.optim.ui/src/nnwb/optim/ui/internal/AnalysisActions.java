package nnwb.optim.ui.internal;

import java.util.List;

import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.closed.MuonUpdateReport;
import nnwb.core.optim.closed.OneStepLeastSquares;
import nnwb.core.optim.closed.QuadraticRates;
import nnwb.core.optim.problem.LeastSquares;
import nnwb.core.optim.problem.MuonMatrix;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.update.NewtonSchulz;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;

/**
 * The analysis panel's buttons: each sets the session's optimizers to a closed form's optimum (the optimal η and
 * β on a quadratic, the one-step η* of least squares, Muon's spectral budget), adding an optimizer when none fits.
 */
public final class AnalysisActions {

    /** Action ids. */
    /** Action ids. */
    public static final String SET_GD = "set-gd";
    public static final String SET_HEAVY_BALL = "set-heavy-ball";
    public static final String SET_ONE_STEP = "set-one-step";
    public static final String SET_BUDGET = "set-budget";

    private AnalysisActions() {
    }

    /** Applies action {@code id} to the session's optimizers (adding one when none fits); returns a one-line report. */
    public static String apply(String id, OptimSession s) {
        Problem p = s.buildProblem();
        switch (id) {
            case SET_GD, SET_HEAVY_BALL -> {
                QuadraticRates rates = QuadraticRates.of(p.quadraticForm().orElseThrow());
                boolean gd = id.equals(SET_GD);
                String name = gd ? "sgd" : "momentum";
                double lr = gd ? rates.gdOptimalLr() : rates.heavyBallOptimalLr();
                int changed = 0;
                for (int i = 0; i < s.optimizers().size(); i++) {
                    OptimizerConfig c = s.optimizers().get(i);
                    if (c.name().equals(name)) {
                        c = c.with("lr", lr);
                        if (!gd) {
                            c = c.with("momentum", rates.heavyBallOptimalMomentum());
                        }
                        s.setOptimizer(i, c);
                        changed++;
                    }
                }
                if (changed == 0) {
                    OptimizerConfig c = Optimizers.defaults(name).with("lr", lr);
                    s.addOptimizer(gd ? c : c.with("momentum", rates.heavyBallOptimalMomentum()));
                }
                return gd ? "η = 2/(L + μ) = " + Contours.label(lr)
                        : "η = " + Contours.label(lr) + ", β = " + Contours.label(rates.heavyBallOptimalMomentum());
            }
            case SET_ONE_STEP -> {
                double eta = new OneStepLeastSquares((LeastSquares) p, s.request().start()).optimalLr();
                setAll(s, "sgd", eta);
                return "η* = " + Contours.label(eta);
            }
            case SET_BUDGET -> {
                MuonMatrix m = (MuonMatrix) p;
                TraceRequest req = s.request();
                double[] g = m.batchGradient(req.start(), req.batch(), req.seed());
                StringBuilder sb = new StringBuilder();
                for (String name : List.of("signsgd", "muon")) {
                    OptimizerConfig c = s.optimizers().stream().filter(o -> o.name().equals(name)).findFirst().orElse(Optimizers.defaults("muon"));
                    NewtonSchulz.Polynomial poly = NewtonSchulz.Polynomial.of(Optimizers.defaults("muon").choice("ns"));
                    int nsSteps = 5;
                    double nsEps = 1e-7;
                    if (c.name().equals("muon")) {
                        poly = NewtonSchulz.Polynomial.of(c.choice("ns"));
                        nsSteps = c.integer("ns-steps");
                        nsEps = c.number("ns-eps");
                    }
                    MuonUpdateReport rep = MuonUpdateReport.of(g, m.rows(), m.cols(), m.spectralBudget(), poly, nsSteps, nsEps);
                    double lr = name.equals("signsgd") ? rep.signSgdLr() : rep.muonLr() / (c.name().equals("muon") ? c.number("scale") : 1);
                    setAll(s, name, lr);
                    sb.append(sb.length() > 0 ? ", " : "").append(name).append(" η = ").append(Contours.label(lr));
                }
                return sb.toString();
            }
            default -> throw new IllegalArgumentException("unknown action " + id);
        }
    }

    private static void setAll(OptimSession s, String name, double lr) {
        boolean found = false;
        for (int i = 0; i < s.optimizers().size(); i++) {
            if (s.optimizers().get(i).name().equals(name)) {
                s.setOptimizer(i, s.optimizers().get(i).with("lr", lr));
                found = true;
            }
        }
        if (!found) {
            s.addOptimizer(Optimizers.defaults(name).with("lr", lr));
        }
    }
}
