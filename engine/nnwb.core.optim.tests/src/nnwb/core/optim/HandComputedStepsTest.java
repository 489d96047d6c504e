package nnwb.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every optimizer's trace against its textbook update written out here, five steps on Rosenbrock's
 * valley (gradient written out too), to 1e-12.
 */
class HandComputedStepsTest {

    private static final int STEPS = 5;
    private static final double TOL = 1e-12;

    /** The full step {@code lr·u} of one optimizer from the (penalised) gradient; state lives in the lambda. */
    interface Rule {
        double[] step(double[] g, int t);
    }

    private static double[] rosenbrockGradient(double[] p) {
        double x = p[0];
        double y = p[1];
        return new double[] {-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)};
    }

    /** Textbook loop: g ← ∇f(p) + l2·p; p ← (1 − decay)·p − step. */
    private static double[][] byHand(Rule rule, double l2, double decay) {
        double[] p = {-1.2, 1};
        double[][] out = new double[STEPS + 1][];
        out[0] = p.clone();
        for (int t = 1; t <= STEPS; t++) {
            double[] g = rosenbrockGradient(p);
            for (int i = 0; i < 2; i++) {
                g[i] += l2 * p[i];
            }
            double[] s = rule.step(g, t);
            for (int i = 0; i < 2; i++) {
                p[i] = (1 - decay) * p[i] - s[i];
            }
            out[t] = p.clone();
        }
        return out;
    }

    private static void assertTraceEquals(double[][] expected, String name, Map<String, String> options) {
        Problem problem = Problems.defaults("rosenbrock");
        OptimizerConfig c = Optimizers.parse(name, options);
        Trace trace = TraceRunner.run(TraceRequest.of(problem, List.of(c), STEPS)).traces().get(0);
        assertEquals(STEPS + 1, trace.size());
        for (int t = 0; t <= STEPS; t++) {
            double[] got = trace.step(t).params();
            for (int i = 0; i < 2; i++) {
                assertEquals(expected[t][i], got[i], TOL * Math.max(1, Math.abs(expected[t][i])),
                        name + " " + options + " step " + t + " coordinate " + i);
            }
        }
    }

    @Test
    void sgdIsPMinusLrG() {
        double lr = 1e-3;
        assertTraceEquals(byHand((g, t) -> new double[] {lr * g[0], lr * g[1]}, 0, 0), "sgd", Map.of("lr", "0.001"));
    }

    @Test
    void momentumAccumulatesRawGradients() {
        double lr = 1e-4;
        double beta = 0.9;
        double[] m = new double[2];
        Rule r = (g, t) -> {
            for (int i = 0; i < 2; i++) {
                m[i] = beta * m[i] + g[i];
            }
            return new double[] {lr * m[0], lr * m[1]};
        };
        assertTraceEquals(byHand(r, 0, 0), "momentum", Map.of("lr", "1e-4", "momentum", "0.9"));
    }

    @Test
    void emaMomentumAveragesGradients() {
        double lr = 1e-3;
        double beta = 0.8;
        double[] m = new double[2];
        Rule r = (g, t) -> {
            for (int i = 0; i < 2; i++) {
                m[i] = beta * m[i] + (1 - beta) * g[i];
            }
            return new double[] {lr * m[0], lr * m[1]};
        };
        assertTraceEquals(byHand(r, 0, 0), "ema-momentum", Map.of("lr", "1e-3", "beta", "0.8"));
    }

    @Test
    void nesterovStepsAlongGradientPlusBetaTimesNewMomentum() {
        double lr = 1e-4;
        double beta = 0.9;
        double[] m = new double[2];
        Rule r = (g, t) -> {
            double[] s = new double[2];
            for (int i = 0; i < 2; i++) {
                m[i] = beta * m[i] + g[i];
                s[i] = lr * (g[i] + beta * m[i]);
            }
            return s;
        };
        assertTraceEquals(byHand(r, 0, 0), "nesterov", Map.of("lr", "1e-4"));
    }

    @Test
    void dl4jsNesterovsFormGivesTheSameTrajectory() {
        // DL4J writes Nesterov as v' = μv − lr·g; p ← p + (1 + μ)v' − μv; with v = −lr·m it is PyTorch's form
        double lr = 1e-4;
        double mu = 0.9;
        double[] v = new double[2];
        Rule r = (g, t) -> {
            double[] s = new double[2];
            for (int i = 0; i < 2; i++) {
                double prev = v[i];
                v[i] = mu * v[i] - lr * g[i];
                s[i] = -((1 + mu) * v[i] - mu * prev);
            }
            return s;
        };
        assertTraceEquals(byHand(r, 0, 0), "nesterov", Map.of("lr", "1e-4", "momentum", "0.9"));
    }

    /** Adam as in the EPFL sheet: bias-corrected moments, ε outside the root. */
    private static Rule adam(double lr, double b1, double b2, double eps, String form, boolean amsgrad) {
        double[] m = new double[2];
        double[] v = new double[2];
        double[] vmax = new double[2];
        return (g, t) -> {
            double[] s = new double[2];
            for (int i = 0; i < 2; i++) {
                m[i] = b1 * m[i] + (1 - b1) * g[i];
                v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
                vmax[i] = Math.max(vmax[i], v[i]);
                double vv = amsgrad ? vmax[i] : v[i];
                double mhat = m[i] / (1 - Math.pow(b1, t));
                double vhat = vv / (1 - Math.pow(b2, t));
                s[i] = switch (form) {
                    case "outside" -> lr * mhat / (Math.sqrt(vhat) + eps);
                    case "inside" -> lr * mhat / Math.sqrt(vhat + eps);
                    case "outside-uncorrected" -> lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t)) * m[i] / (Math.sqrt(vv) + eps);
                    case "inside-uncorrected" -> lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t)) * m[i] / Math.sqrt(vv + eps);
                    default -> lr * m[i] / (Math.sqrt(vv) + eps);
                };
            }
            return s;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"outside", "inside", "outside-uncorrected", "inside-uncorrected"})
    void adamPlacesEpsilonWhereAsked(String at) {
        double eps = 0.5;
        assertTraceEquals(byHand(adam(0.01, 0.9, 0.99, eps, at, false), 0, 0), "adam",
                Map.of("lr", "0.01", "beta2", "0.99", "eps", "0.5", "eps-at", at));
    }

    @Test
    void adamWithoutBiasCorrectionUsesRawMoments() {
        assertTraceEquals(byHand(adam(0.01, 0.9, 0.999, 1e-8, "raw", false), 0, 0), "adam",
                Map.of("lr", "0.01", "bias-correction", "false"));
    }

    @Test
    void amsgradUsesTheRunningMaximumOfV() {
        assertTraceEquals(byHand(adam(0.01, 0.5, 0.6, 1e-8, "outside", true), 0, 0), "adam",
                Map.of("lr", "0.01", "beta1", "0.5", "beta2", "0.6", "amsgrad", "true"));
    }

    @Test
    void adamwDecaysByLrTimesWeightDecayBeforeTheAdamStep() {
        double lr = 0.01;
        double wd = 0.1;
        assertTraceEquals(byHand(adam(lr, 0.9, 0.999, 1e-8, "outside", false), 0, lr * wd), "adamw",
                Map.of("lr", "0.01", "wd", "0.1"));
    }

    @Test
    void rmspropAsInTheTorontoSheet() {
        double lr = 0.01;
        double beta = 0.9;
        double eps = 1e-6;
        double[] v = new double[2];
        Rule r = (g, t) -> {
            double[] s = new double[2];
            for (int i = 0; i < 2; i++) {
                v[i] = beta * v[i] + (1 - beta) * g[i] * g[i];
                s[i] = lr * g[i] / (Math.sqrt(v[i]) + eps);
            }
            return s;
        };
        assertTraceEquals(byHand(r, 0, 0), "rmsprop", Map.of("lr", "0.01", "beta", "0.9", "eps", "1e-6"));
    }

    @Test
    void centeredRmspropWithMomentumAsInPytorch() {
        double lr = 0.01;
        double alpha = 0.9;
        double eps = 0.1;
        double mu = 0.5;
        double[] v = new double[2];
        double[] avg = new double[2];
        double[] buf = new double[2];
        Rule r = (g, t) -> {
            double[] s = new double[2];
            for (int i = 0; i < 2; i++) {
                v[i] = alpha * v[i] + (1 - alpha) * g[i] * g[i];
                avg[i] = alpha * avg[i] + (1 - alpha) * g[i];
                double denom = Math.sqrt(v[i] - avg[i] * avg[i] + eps);
                buf[i] = mu * buf[i] + g[i] / denom;
                s[i] = lr * buf[i];
            }
            return s;
        };
        assertTraceEquals(byHand(r, 0, 0), "rmsprop", Map.of("lr", "0.01", "alpha", "0.9", "eps", "0.1",
                "eps-at", "inside", "momentum", "0.5", "centered", "true"));
    }

    @Test
    void adagradSumsSquaredGradientsWithDecayAndInitialValue() {
        double lr = 0.1;
        double eps = 1e-3;
        double[] s2 = {0.25, 0.25};
        Rule r = (g, t) -> {
            double[] s = new double[2];
            double rate = lr / (1 + (t - 1) * 0.5);
            for (int i = 0; i < 2; i++) {
                s2[i] += g[i] * g[i];
                s[i] = rate * g[i] / (Math.sqrt(s2[i]) + eps);
            }
            return s;
        };
        assertTraceEquals(byHand(r, 0, 0), "adagrad", Map.of("lr", "0.1", "eps", "1e-3", "init", "0.25", "lr-decay", "0.5"));
    }

    @Test
    void signSgdMovesEveryCoordinateByLr() {
        double lr = 0.05;
        assertTraceEquals(byHand((g, t) -> new double[] {lr * Math.signum(g[0]), lr * Math.signum(g[1])}, 0, 0),
                "signsgd", Map.of("lr", "0.05"));
    }

    @Test
    void signumTakesTheSignOfAnAverage() {
        double lr = 0.05;
        double beta = 0.9;
        double[] m = new double[2];
        Rule r = (g, t) -> {
            for (int i = 0; i < 2; i++) {
                m[i] = beta * m[i] + (1 - beta) * g[i];
            }
            return new double[] {lr * Math.signum(m[0]), lr * Math.signum(m[1])};
        };
        assertTraceEquals(byHand(r, 0, 0), "signsgd", Map.of("lr", "0.05", "momentum", "0.9"));
    }

    @Test
    void muonOnAVectorNormalisesTheNesterovMomentum() {
        // A 1×2 matrix: W·Wᵀ is the scalar ‖X‖², so each iteration scales X by a + b‖X‖² + c‖X‖⁴.
        double lr = 0.02;
        double beta = 0.95;
        double[] m = new double[2];
        Rule r = (g, t) -> {
            double[] u = new double[2];
            for (int i = 0; i < 2; i++) {
                m[i] = beta * m[i] + g[i];
                u[i] = g[i] + beta * m[i];
            }
            double norm = Math.hypot(u[0], u[1]) + 1e-7;
            double[] x = {u[0] / norm, u[1] / norm};
            for (int k = 0; k < 5; k++) {
                double s = x[0] * x[0] + x[1] * x[1];
                double f = 3.4445 + -4.7750 * s + 2.0315 * s * s;
                x[0] *= f;
                x[1] *= f;
            }
            return new double[] {lr * x[0], lr * x[1]};
        };
        assertTraceEquals(byHand(r, 0, 0), "muon", Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "ema-momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad", "signsgd"})
    void l2IsAddedToTheGradientAndDecayShrinksTheWeights(String name) {
        double l2 = 0.3;
        double wd = 0.01;
        Rule plain = ruleWithDefaults(name);
        assertTraceEquals(byHand(plain, l2, wd), name, Map.of("l2", "0.3", "wd", "0.01", "wd-lr", "false", "lr", "1e-4"));
    }

    /** The textbook rule with each optimizer's defaults (lr 1e-4), for the regularisation test. */
    private static Rule ruleWithDefaults(String name) {
        double lr = 1e-4;
        double[] m = new double[2];
        double[] v = new double[2];
        return switch (name) {
            case "sgd" -> (g, t) -> new double[] {lr * g[0], lr * g[1]};
            case "momentum", "nesterov", "ema-momentum" -> (g, t) -> {
                double[] s = new double[2];
                for (int i = 0; i < 2; i++) {
                    m[i] = 0.9 * m[i] + (name.equals("ema-momentum") ? 0.1 : 1) * g[i];
                    s[i] = lr * (name.equals("nesterov") ? g[i] + 0.9 * m[i] : m[i]);
                }
                return s;
            };
            case "adam", "adamw" -> adam(lr, 0.9, 0.999, 1e-8, "outside", false);
            case "rmsprop" -> (g, t) -> {
                double[] s = new double[2];
                for (int i = 0; i < 2; i++) {
                    v[i] = 0.99 * v[i] + 0.01 * g[i] * g[i];
                    s[i] = lr * g[i] / (Math.sqrt(v[i]) + 1e-8);
                }
                return s;
            };
            case "adagrad" -> (g, t) -> {
                double[] s = new double[2];
                for (int i = 0; i < 2; i++) {
                    v[i] += g[i] * g[i];
                    s[i] = lr * g[i] / (Math.sqrt(v[i]) + 1e-10);
                }
                return s;
            };
            default -> (g, t) -> new double[] {lr * Math.signum(g[0]), lr * Math.signum(g[1])};
        };
    }

    /** Muon's reference: normalise, transpose a tall matrix, X ← aX + (bA + cA²)X with A = XXᵀ, transpose back. */
    private static double[][] newtonSchulz(double[][] g, double a, double b, double c, int steps) {
        double norm = 0;
        for (double[] row : g) {
            for (double v : row) {
                norm += v * v;
            }
        }
        norm = Math.sqrt(norm) + 1e-7;
        boolean tall = g.length > g[0].length;
        double[][] x = tall ? transpose(g) : copy(g);
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= norm;
            }
        }
        for (int k = 0; k < steps; k++) {
            double[][] aa = times(x, transpose(x));
            double[][] a2 = times(aa, aa);
            double[][] bb = new double[aa.length][aa.length];
            for (int i = 0; i < aa.length; i++) {
                for (int j = 0; j < aa.length; j++) {
                    bb[i][j] = b * aa[i][j] + c * a2[i][j];
                }
            }
            double[][] bx = times(bb, x);
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x[0].length; j++) {
                    x[i][j] = a * x[i][j] + bx[i][j];
                }
            }
        }
        return tall ? transpose(x) : x;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double[][] times(double[][] p, double[][] q) {
        double[][] r = new double[p.length][q[0].length];
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < q[0].length; j++) {
                for (int k = 0; k < q.length; k++) {
                    r[i][j] += p[i][k] * q[k][j];
                }
            }
        }
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"5,3", "2,4", "3,3"})
    void muonOnAMatrixFollowsTheReferenceNewtonSchulz(String shape) {
        String[] rc = shape.split(",");
        int rows = Integer.parseInt(rc[0]);
        int cols = Integer.parseInt(rc[1]);
        Problem problem = Problems.parse("muon-matrix", Map.of("dout", rc[0], "din", rc[1], "samples", "6", "seed", "7"));
        double lr = 0.05;
        double beta = 0.9;
        double wd = 0.02;
        double[] p = problem.start();
        double[] m = new double[p.length];
        double[][] expected = new double[STEPS + 1][];
        expected[0] = p.clone();
        for (int t = 1; t <= STEPS; t++) {
            double[] g = new double[p.length];
            problem.gradient(p, g);
            double[][] u = new double[rows][cols];
            for (int i = 0; i < p.length; i++) {
                m[i] = beta * m[i] + g[i];
                u[i / cols][i % cols] = g[i] + beta * m[i];
            }
            double[][] o = newtonSchulz(u, 3.4445, -4.7750, 2.0315, 5);
            for (int i = 0; i < p.length; i++) {
                p[i] = (1 - lr * wd) * p[i] - lr * o[i / cols][i % cols];
            }
            expected[t] = p.clone();
        }
        OptimizerConfig c = Optimizers.parse("muon", Map.of("lr", "0.05", "momentum", "0.9", "wd", "0.02", "wd-lr", "true"));
        Trace trace = TraceRunner.run(TraceRequest.of(problem, List.of(c), STEPS)).traces().get(0);
        for (int t = 0; t <= STEPS; t++) {
            double[] got = trace.step(t).params();
            for (int i = 0; i < p.length; i++) {
                assertEquals(expected[t][i], got[i], TOL, "step " + t + " entry " + i);
            }
        }
    }

    @Test
    void cubicNewtonSchulzIsTheSheetsPolynomialHalfOfThreeIMinusWWtTimesW() {
        Problem problem = Problems.parse("muon-matrix", Map.of("dout", "3", "din", "4", "seed", "3"));
        double[] g = new double[12];
        problem.gradient(problem.start(), g);
        double[][] u = new double[3][4];
        for (int i = 0; i < 12; i++) {
            u[i / 4][i % 4] = g[i];
        }
        double[][] expected = newtonSchulz(u, 1.5, -0.5, 0, 7);
        double[] got = new double[12];
        nnwb.core.optim.update.NewtonSchulz.orthogonalise(g, 0, 3, 4, nnwb.core.optim.update.NewtonSchulz.Polynomial.CUBIC,
                7, 1e-7, nnwb.core.optim.update.NewtonSchulz.Form.AUTO, got);
        for (int i = 0; i < 12; i++) {
            assertEquals(expected[i / 4][i % 4], got[i], TOL);
        }
    }
}
