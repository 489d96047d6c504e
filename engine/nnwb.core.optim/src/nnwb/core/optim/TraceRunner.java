package nnwb.core.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import nnwb.core.optim.closed.ClosedForm;
import nnwb.core.optim.closed.ClosedForms;
import nnwb.core.optim.linalg.Mat;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.SolutionSet;
import nnwb.core.optim.update.Optimizer;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.OptimizerFactory;

/**
 * Runs every optimizer of a {@link TraceRequest} from the same start for the same number of steps,
 * each with its own random stream seeded identically (so with one batch size they see the same
 * sequence of mini-batches and noise), recording parameters, loss, state and the closed form (where
 * one exists) at every step. A trace stops at the first non-finite loss or parameter, which it records; it
 * is marked diverged there, or earlier where its loss first grew past {@link Divergence}'s threshold.
 */
public final class TraceRunner {

    private TraceRunner() {
    }

    /** Runs the request with the engine's optimizers; they run in parallel when the work is large. */
    public static TraceResult run(TraceRequest r) {
        return run(r, OptimizerFactory.ENGINE, true);
    }

    /**
     * Runs the request with optimizers made by {@code factory} (one per optimizer, on the calling thread
     * unless {@code parallel} and the work is large).
     */
    public static TraceResult run(TraceRequest r, OptimizerFactory factory, boolean parallel) {
        Problem p = r.problem();
        List<String> names = IntStream.range(0, p.dimension()).mapToObj(p::paramName).toList();
        TraceSettings settings = new TraceSettings(p.name(), p.settings(), names, r.steps(), r.batch(), r.seed(),
                r.noise(), r.start());
        IntStream idx = IntStream.range(0, r.optimizers().size());
        long work = (long) r.steps() * r.optimizers().size() * Math.max(1, p.dimension());
        List<Trace> traces = (parallel && work > 200_000 ? idx.parallel() : idx)
                .mapToObj(i -> trace(r, r.optimizers().get(i), factory)).toList();
        return new TraceResult(settings, new ArrayList<>(traces));
    }

    /** One optimizer's trace under the request's shared settings. */
    public static Trace trace(TraceRequest r, OptimizerConfig config) {
        return trace(r, config, OptimizerFactory.ENGINE);
    }

    /** One optimizer's trace, stepped by the optimizer {@code factory} makes. */
    public static Trace trace(TraceRequest r, OptimizerConfig config, OptimizerFactory factory) {
        Problem problem = r.problem();
        int d = problem.dimension();
        Optimizer opt = factory.create(config, problem.rows(), problem.cols());
        int slots = opt.stateSlots();
        int n = r.steps() + 1;
        double[] params = new double[n * d];
        double[] loss = new double[n];
        double[] state = new double[n * slots * d];
        Optional<ClosedForm> cf = ClosedForms.find(problem, config, r.start(), r.batch(), r.noise());
        double[] closed = cf.isPresent() ? new double[n * d] : null;
        double[] closedLoss = cf.isPresent() ? new double[n] : null;
        double[] p = r.start();
        double[] g = new double[d];
        double[] s = new double[slots * d];
        SplittableRandom rng = new SplittableRandom(r.seed());
        boolean sample = r.batch() > 0 && problem.stochastic();
        double noise = r.noise() / Math.sqrt(Math.max(1, r.batch()));
        int count = 0;
        boolean stopped = false;
        int divergedAt = -1;
        for (int t = 0; t < n; t++) {
            if (t > 0) {
                if (sample) {
                    problem.sampleGradient(p, g, r.batch(), rng);
                } else {
                    problem.gradient(p, g);
                }
                if (noise > 0) {
                    for (int i = 0; i < d; i++) {
                        g[i] += noise * rng.nextGaussian();
                    }
                }
                opt.step(p, g, s, t);
            }
            System.arraycopy(p, 0, params, t * d, d);
            System.arraycopy(s, 0, state, t * slots * d, slots * d);
            loss[t] = problem.loss(p);
            if (closed != null) {
                double[] c = cf.get().paramsAt(t);
                System.arraycopy(c, 0, closed, t * d, d);
                closedLoss[t] = problem.loss(c);
            }
            count = t + 1;
            stopped = !finite(p) || !Double.isFinite(loss[t]);
            if (divergedAt < 0 && (stopped || Divergence.grown(loss[0], loss[t]))) {
                divergedAt = t;
            }
            if (stopped) {
                break;
            }
        }
        TraceFinal last = finalState(problem, Arrays.copyOfRange(params, (count - 1) * d, count * d), loss[count - 1],
                count - 1, divergedAt);
        return new Trace(config, opt.stateNames(), d, count, params, loss, state, closed, closedLoss,
                cf.map(ClosedForm::formula).orElse(null), last);
    }

    private static TraceFinal finalState(Problem problem, double[] p, double loss, int step, int divergedAt) {
        Optional<SolutionSet> set = problem.solutionSet();
        double dist = set.map(x -> x.distanceToMinNorm(p)).orElse(Double.NaN);
        double nul = set.map(x -> x.nullNorm(p)).orElse(Double.NaN);
        double min = problem.minimiser().map(m -> Mat.distance(p, m)).orElse(Double.NaN);
        return new TraceFinal(p, loss, step, divergedAt >= 0, divergedAt, dist, nul, min);
    }

    private static boolean finite(double[] p) {
        for (double v : p) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
