package nnwb.assignment.toronto.a2;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import nnwb.assignment.BundleAssignmentProvider;
import nnwb.assignment.ModelKeys;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.LayerRow;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.FeedbackPolicy;
import nnwb.core.assignment.AssignmentProvider;
import nnwb.core.assignment.Part;
import nnwb.core.assignment.Preset;
import nnwb.core.assignment.Problem;
import nnwb.core.assignment.Variant;
import nnwb.core.check.Checker;
import nnwb.core.check.ConventionChecker;
import nnwb.core.check.Domain;
import nnwb.core.check.FormulaChecker;
import nnwb.core.check.FreeTextChecker;
import nnwb.core.check.IntegerChecker;
import nnwb.core.check.MatrixChecker;
import nnwb.core.check.RealChecker;
import nnwb.core.check.Symbol;
import nnwb.core.check.TableChecker;
import nnwb.core.check.Tolerance;
import nnwb.core.conv.ConvArithmetic;
import nnwb.core.conv.TransposedSolution;
import nnwb.core.model.LayerKind;
import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceRunner;
import nnwb.core.optim.closed.OneStepLeastSquares;
import nnwb.core.optim.problem.LeastSquares;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.Optimizers;
import nnwb.core.symbolic.Poly;

/**
 * Toronto neural networks, assignment 2 (optimization and colourisation), restated in the
 * bundle's statements. Keys come from the engine: least-squares solution sets and an RMSProp
 * trace, the one-step loss parabola, the analysis of the bundle's PoolUpsampleNet in symbolic
 * mode, and the padding solvers of the conv arithmetic.
 */
@Component(service = AssignmentProvider.class)
public final class A2Assignment extends BundleAssignmentProvider {

    public static final String ID = "toronto-dl-a2";
    public static final String NET = "models/pool-upsample-net.nnet";
    public static final String OPTIM = "presets/min-norm.optim";
    /** The L2 penalty equal to weight decay λ for one gradient step of rate η. */
    public static final String L2_FOR_DECAY = "lambda/(2*eta)";
    /** Noise of a mean of B independent gradient queries. */
    public static final String NQM_NOISE = "sigma^2/B";
    public static final String X = "1,2; 3,-1; 0.5,0.5";
    public static final String T = "1,0,2";
    public static final double[] W0 = {0.3, -0.7};
    public static final int RMSPROP_STEPS = 20_000;
    /** Problem 2(d)-(e): the learning rate of the one step a student writes out (sheet 2.1.1). */
    public static final double ONE_STEP_LR = 0.1;

    /** Problem 2's starting point per student: the sheet's {@link #W0} first, then the others a student may draw. */
    public static final String[] W0_CHOICES = {"0.3,-0.7", "0.5,0.5", "-0.2,0.4", "1,-1", "0,0.6", "-0.5,-0.5"};

    @Override
    protected Assignment build() {
        Variant sheet = Variant.sheet();
        return new Assignment(ID, "Toronto Neural Networks and Deep Learning (CSC413)",
                "Assignment 2: optimization and image colourisation", OffsetDateTime.parse("2025-03-10T13:00:00-04:00"),
                List.of(minimumNorm(), learningRate(sheet), batchSize(), poolUpsample(), transposed()))
                .withFeedback(FeedbackPolicy.NEVER).withVariant(sheet);
    }

    /** Problem 2's starting point w0 is drawn per student; the sheet's is (0.3, −0.7). */
    @Override
    protected Assignment build(Variant v) {
        return sheetWith(v, learningRate(v));
    }

    /** The starting point of problem 2 for {@code v}, as numbers. */
    public static double[] w0(Variant v) {
        String w = v.pick("p2.w0", W0_CHOICES[0], java.util.Arrays.copyOfRange(W0_CHOICES, 1, W0_CHOICES.length));
        double[] out = java.util.Arrays.stream(w.split(",")).mapToDouble(Double::parseDouble).toArray();
        v.show("p2.w0", w.replace(",", " \\\\ "));
        return out;
    }

    /** RMSProp on the sheet's one-equation problem from zero, as the statement says. */
    public static Trace rmsprop() {
        return TraceRunner.run(new TraceRequest(Problems.defaults("least-squares"),
                List.of(Optimizers.parse("rmsprop", Map.of("lr", "0.001", "beta", "0.9", "eps", "1e-8"))), RMSPROP_STEPS, 0, 1, 0,
                null)).traces().get(0);
    }

    private Problem minimumNorm() {
        LeastSquares ls = (LeastSquares) Problems.defaults("least-squares");
        double[] star = ls.solutionSet().orElseThrow().minNorm();
        Trace r = rmsprop();
        Preset preset = new Preset(Preset.OPTIMIZER_TRACE, OPTIM, Map.of());
        return Problem.of("p1", "Which solution does the optimizer find?", "statements/p1.md", List.of(
                Part.of("a", "The minimum-norm solution", 2, MatrixChecker.vector(star, new Tolerance(1e-3, 1e-6))),
                Part.of("b", "Where RMSProp from zero ends", 2, MatrixChecker.vector(r.finalState().params(),
                        new Tolerance(0.01, 0.005))).withPreset(preset),
                Part.of("c", "The null-space part of RMSProp's point", 1,
                        RealChecker.of(r.finalState().nullSpaceNorm(), new Tolerance(0.02, 0.002))).withPreset(preset),
                Part.of("d", "Does RMSProp always find the minimum-norm solution?", 1, FreeTextChecker.of())));
    }

    private Problem learningRate(Variant v) {
        LeastSquares ls = (LeastSquares) Problems.parse("least-squares", Map.of("X", X, "t", T));
        OneStepLeastSquares one = new OneStepLeastSquares(ls, w0(v));
        Symbol lambda = Symbol.of("lambda", Domain.positive());
        Symbol eta = Symbol.of("eta", Domain.positive());
        return Problem.of("p2", "The best learning rate for one step", "statements/p2.md", List.of(
                Part.of("a", "The learning rate η* minimising the loss after one step", 2,
                        RealChecker.of(one.optimalLr(), Tolerance.relative(1e-3))),
                Part.of("b", "The loss after that step", 1, RealChecker.of(one.optimalLoss(), Tolerance.relative(1e-3))).hiddenKey(),
                Part.of("c", "The L2 penalty equal to weight decay λ", 2, FormulaChecker.of(L2_FOR_DECAY, lambda, eta)),
                Part.of("d", "w1 after one step with η = " + ONE_STEP_LR, 1,
                        MatrixChecker.vector(one.w1(ONE_STEP_LR), new Tolerance(1e-3, 1e-6))),
                Part.of("e", "The loss L1 after that step", 1, RealChecker.of(one.loss(ONE_STEP_LR), Tolerance.relative(1e-3))),
                Part.of("f", "The second derivative of L1 in η (its sign says whether L1 is convex)", 1,
                        RealChecker.of(one.secondDerivative(), Tolerance.relative(1e-3)))));
    }

    private Problem batchSize() {
        Symbol sigma = Symbol.of("sigma", Domain.positive());
        Symbol b = Symbol.of("B", Domain.positiveIntegers());
        return Problem.of("p3", "Batch size and learning rate", "statements/p3.md", List.of(
                Part.of("a", "Variance of the mini-batch gradient noise", 1, FormulaChecker.of(NQM_NOISE, sigma, b)),
                Part.of("b", "The best learning rate as the batch grows", 1, FreeTextChecker.of()),
                Part.of("c", "More compute: A, B or C?", 1, FreeTextChecker.of())));
    }

    /** Weights, output values and connections (multiply-accumulates) of the convolutions of {@code r}. */
    public static Poly[] convolutionSums(AnalysisReport r) {
        return sums(r, CONVOLUTIONS);
    }

    static final Set<LayerKind> CONVOLUTIONS = EnumSet.of(LayerKind.CONV, LayerKind.CONV_TRANSPOSE);
    static final Set<LayerKind> RESAMPLING = EnumSet.of(LayerKind.MAX_POOL, LayerKind.AVG_POOL, LayerKind.UPSAMPLE);

    /** Weights, output values and connections (multiply-accumulates) of the layers of {@code r} of the given kinds. */
    public static Poly[] sums(AnalysisReport r, Set<LayerKind> kinds) {
        Poly w = Poly.ZERO;
        Poly out = Poly.ZERO;
        Poly conn = Poly.ZERO;
        for (LayerRow row : r.rows()) {
            if (row.node() != null && kinds.contains(row.node().kind())) {
                w = w.add(row.cost().weights());
                out = out.add(row.outputValues());
                conn = conn.add(row.macs());
            }
        }
        return new Poly[] {w, out, conn};
    }

    private static Set<LayerKind> union(Set<LayerKind> a, Set<LayerKind> b) {
        Set<LayerKind> u = EnumSet.copyOf(a);
        u.addAll(b);
        return u;
    }

    /**
     * Sheet 4.3's count {@code which} (0 weights, 1 outputs, 2 connections) of the convolutions, also accepting the
     * readings the sheet's wording allows: with the batch norms (the sheet accepts answers that count them) and, for
     * outputs, with the pooling and upsampling layers' outputs (or both); the feedback names the reading an answer took.
     */
    static Checker counted(AnalysisReport r, int which, Symbol... symbols) {
        Set<LayerKind> bn = union(CONVOLUTIONS, EnumSet.of(LayerKind.BATCH_NORM));
        Poly convs = sums(r, CONVOLUTIONS)[which];
        Poly withBn = sums(r, bn)[which];
        Poly resampled = sums(r, union(CONVOLUTIONS, RESAMPLING))[which];
        Poly both = sums(r, union(bn, RESAMPLING))[which];
        List<ConventionChecker.Alternative> alts = new ArrayList<>();
        if (!withBn.equals(convs)) {
            alts.add(new ConventionChecker.Alternative("with batch norms", FormulaChecker.of(withBn, symbols), true,
                    which == 1 && withBn.equals(resampled)
                            ? "that also counts the outputs of the batch norms, or of the pooling and upsampling layers (they have "
                                    + "the same shapes), which the sheet's wording allows; the plugin's count is the convolutions' alone"
                            : "that also counts the batch norms, which the sheet accepts; the plugin's count is the convolutions' alone"));
        }
        if (which == 1 && !resampled.equals(convs) && !resampled.equals(withBn)) {
            alts.add(new ConventionChecker.Alternative("with resampling", FormulaChecker.of(resampled, symbols), true,
                    "that also counts the outputs of the pooling and upsampling layers, which the sheet's wording allows; the "
                            + "plugin's count is the convolutions' alone"));
        }
        if (which == 1 && !both.equals(withBn) && !both.equals(resampled)) {
            alts.add(new ConventionChecker.Alternative("with resampling and batch norms", FormulaChecker.of(both, symbols), true,
                    "that counts the outputs of the convolutions, the pooling and upsampling layers and the batch norms; the "
                            + "plugin's count is the convolutions' alone"));
        }
        FormulaChecker sheet = FormulaChecker.of(convs, symbols);
        return alts.isEmpty() ? sheet : new ConventionChecker(sheet, "convolutions only, biases and batch norms left out", alts);
    }

    private Problem poolUpsample() {
        Symbol nic = Symbol.of("NIC", Domain.positiveIntegers());
        Symbol nf = Symbol.of("NF", Domain.positiveIntegers());
        Symbol nc = Symbol.of("NC", Domain.positiveIntegers());
        Symbol k = Symbol.of("kernel", Domain.positiveIntegers());
        String model = text(NET);
        AnalysisReport at32 = ModelKeys.analyze(model, AnalysisOptions.symbolicMode().with("size", 32).withBatch(1));
        AnalysisReport at64 = ModelKeys.analyze(model, AnalysisOptions.symbolicMode().with("size", 64).withBatch(1));
        Preset preset = Preset.model(NET);
        return Problem.of("p4", "The colourisation network PoolUpsampleNet", "statements/p4.md", List.of(
                Part.of("a", "Weights (NIC, NF, NC, kernel)", 2, counted(at32, 0, nic, nf, nc, k)).withPreset(preset),
                Part.of("b", "Output values of the convolutions", 2, counted(at32, 1, nic, nf, nc, k)).withPreset(preset),
                Part.of("c", "Connections", 2, counted(at32, 2, nic, nf, nc, k)).withPreset(preset),
                Part.of("d", "Output values for a 64×64 input", 1, counted(at64, 1, nic, nf, nc, k)),
                Part.of("e", "Connections for a 64×64 input", 1, counted(at64, 2, nic, nf, nc, k))));
    }

    private Problem transposed() {
        List<String> rows = List.of("k4", "k5");
        List<String> cols = List.of("conv_padding", "convt_padding", "output_padding");
        TableChecker table = TableChecker.of(rows, cols, (row, col) -> {
            long k = Long.parseLong(row.substring(1));
            if (col.equals("conv_padding")) {
                return IntegerChecker.of(ConvArithmetic.convPaddingsFor(32, k, 2, 1, 16).get(0));
            }
            TransposedSolution s = ConvArithmetic.transposedSolutions(16, k, 2, 1, 32).get(0);
            return IntegerChecker.of(col.equals("convt_padding") ? s.padding() : s.outputPadding());
        });
        Preset calculator = Preset.convLayer(Map.of("dims", "2", "kind", "transposed", "in", "16", "k", "4", "s", "2",
                "target", "32"));
        return Problem.of("p5", "Strided and transposed convolutions", "statements/p5.md", List.of(
                Part.of("a", "Paddings for kernels 4 and 5", 3, table).withPreset(calculator),
                Part.of("b", "Which network did better, and why", 1, FreeTextChecker.of())));
    }
}
