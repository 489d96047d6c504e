package nnwb.assignment.epfl.ps08;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import nnwb.assignment.BundleAssignmentProvider;
import nnwb.assignment.ModelKeys;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.assignment.Assignment;
import nnwb.core.assignment.FeedbackPolicy;
import nnwb.core.assignment.AssignmentProvider;
import nnwb.core.assignment.Part;
import nnwb.core.assignment.Preset;
import nnwb.core.assignment.Problem;
import nnwb.core.assignment.Variant;
import nnwb.core.check.ConventionChecker;
import nnwb.core.check.Domain;
import nnwb.core.check.FormulaChecker;
import nnwb.core.check.FreeTextChecker;
import nnwb.core.check.IntegerChecker;
import nnwb.core.check.NumberRule;
import nnwb.core.check.RealChecker;
import nnwb.core.check.Symbol;
import nnwb.core.check.Tolerance;
import nnwb.core.check.Units;
import nnwb.core.conv.ConvArithmetic;
import nnwb.core.conv.RfStack;
import nnwb.core.memory.MemoryReport;
import nnwb.core.memory.TextbookConvention;
import nnwb.core.optim.update.Optimizers;
import nnwb.core.symbolic.Poly;

/**
 * EPFL Machine Learning, problem set 8 (training and convolutional networks), restated in the
 * bundle's statements. Every key is computed here by the engine: the MLP's counts and memory
 * from the analysis of the bundle's own model, optimizer state sizes from the optimizer
 * registry, sizes and receptive fields from the conv arithmetic. Formula keys that the engine
 * does not print (variances, optimizer closed forms, conv formulas) are written symbolically
 * and checked against the engine at sample values in the tests.
 */
@Component(service = AssignmentProvider.class)
public final class Ps08Assignment extends BundleAssignmentProvider {

    public static final String ID = "epfl-ml-ps08";
    static final String MLP = "models/mlp.nnet";
    static final String RESNET = "models/small-resnet.nnet";
    static final String OPTIM = "presets/adam-vs-sgdm.optim";

    /** Part 1(e): the numeric case. */
    static final long K = 512;
    static final long L = 4;
    static final long BATCH = 64;

    /** Part 4: the layers of the numeric cases. */
    static final String STACK = "k3s2p1,k3s2p1,k3s1p1";

    @Override
    protected Assignment build() {
        Variant sheet = Variant.sheet();
        return new Assignment(ID, "EPFL Machine Learning (CS-433)", "Problem set 8: training and convolutional networks",
                OffsetDateTime.parse("2025-11-13T23:59:00+01:00"), List.of(mlpCost(), initialisation(), optimizers(),
                        conv1d(sheet), residual())).withFeedback(FeedbackPolicy.NEVER).withVariant(sheet);
    }

    /** Problem 4's input width and target output width are drawn per student; the sheet's are 7 and 5. */
    @Override
    protected Assignment build(Variant v) {
        return sheetWith(v, conv1d(v));
    }

    private Problem mlpCost() {
        Symbol n = Symbol.of("n", Domain.positiveIntegers());
        Symbol k = Symbol.of("K", Domain.positiveIntegers());
        Symbol l = Symbol.of("L", Domain.positiveIntegers());
        String model = text(MLP);
        AnalysisReport symbolic = ModelKeys.analyze(model, AnalysisOptions.symbolicMode());
        MemoryReport memory = symbolic.memory();
        long bytes = 4;
        Poly inferenceValues = memory.inference().totalBytes().divide(bytes);
        Poly trainingValues = memory.sgd().totalBytes().divide(bytes);
        AnalysisReport numeric = ModelKeys.analyze(model, AnalysisOptions.defaults().with("K", K).with("L", L).withBatch(BATCH));
        BigDecimal trainingMiB = new BigDecimal(numeric.memory().sgd().totalBytes().bigIntegerValue())
                .divide(BigDecimal.valueOf(1 << 20), MathContext.DECIMAL64);
        Preset preset = Preset.model(MLP);
        return Problem.of("p1", "What an MLP costs", "statements/p1.md", List.of(
                Part.of("a", "Multiplications of a forward pass (formula in n, K, L)", 2,
                        FormulaChecker.of(symbolic.totals().macs(), n, k, l)).withPreset(preset),
                Part.of("b", "Multiplications of a forward and a backward pass", 2,
                        FormulaChecker.of(symbolic.totals().trainingMults(), n, k, l)).withPreset(preset),
                Part.of("c", "Values in memory at the peak of inference", 2, FormulaChecker.of(inferenceValues, n, k, l))
                        .withPreset(preset),
                Part.of("d", "Values in memory for a training step", 2, trainingChecker(symbolic, trainingValues, n, k, l))
                        .withPreset(preset),
                Part.of("e", "Training memory for K = 512, L = 4, n = 64, fp32 (with its unit)", 1,
                        new RealChecker(trainingMiB, Units.of("MiB"), NumberRule.of(Tolerance.relative(0.01))))
                        .withPreset(preset).hiddenKey()));
    }

    /**
     * 1(d) under the textbook convention ({@code (L+1)nK + 2LK²}: every layer output and the input), awarding
     * the official solution's "roughly 2LK² + LnK", which leaves the network input out (PyTorch's count
     * keeps it: the first layer saves its input for the weight gradient).
     */
    private static ConventionChecker trainingChecker(AnalysisReport symbolic, Poly trainingValues, Symbol... symbols) {
        Poly input = symbolic.options().effectiveBatch().multiply(symbolic.graph().nodes().get(0).outputShape().elements());
        return new ConventionChecker(FormulaChecker.of(trainingValues, symbols), TextbookConvention.NAME, List.of(
                new ConventionChecker.Alternative("official", FormulaChecker.of(trainingValues.subtract(input), symbols), true,
                        "that is the official solution's rough count, without the network input; the textbook count also "
                                + "keeps the input, which the first layer needs for its weight gradient")));
    }

    private Problem initialisation() {
        Symbol d = Symbol.of("d", Domain.positiveIntegers());
        Symbol sigma = Symbol.of("sigma", Domain.positive());
        return Problem.of("p2", "Keeping the variance of activations", "statements/p2.md", List.of(
                Part.of("a", "Var[y] in d and σ", 2, FormulaChecker.of(VARIANCE, d, sigma)),
                Part.of("b", "The σ that makes Var[y] = 1", 1, FormulaChecker.of(HE_SIGMA, d))));
    }

    /** Var[y] = d σ² E[ReLU(z)²] = d σ² / 2. */
    static final String VARIANCE = "d*sigma^2/2";
    /** He's σ. */
    static final String HE_SIGMA = "sqrt(2/d)";
    /** Adam under a constant gradient with ε = 0: m̂ = c and v̂ = c², so every step is η. */
    static final String ADAM_W = "-eta*t";
    /** Adam's first moment under a constant gradient: the geometric sum (1 − β₁) Σ β₁^i c. */
    static final String ADAM_M = "c*(1 - beta1^t)";
    /** Adam's second moment under a constant gradient. */
    static final String ADAM_V = "c^2*(1 - beta2^t)";
    /** Adam's bias-corrected first moment: exactly the gradient. */
    static final String ADAM_M_HAT = "c";
    /** Adam's bias-corrected second moment: exactly the squared gradient. */
    static final String ADAM_V_HAT = "c^2";
    /** SGDM's momentum under a constant gradient: a geometric sum. */
    static final String SGDM_M = "c*(1 - beta^t)/(1 - beta)";
    /** SGDM's weight: minus η times the sum of the momenta. */
    static final String SGDM_W = "-eta*c/(1 - beta)*(t - beta*(1 - beta^t)/(1 - beta))";
    /** Output width when S divides W + 2P − K. */
    static final String CONV_OUT = "(W + 2*P - K)/S + 1";
    /** Smallest input for an output width. */
    static final String MIN_INPUT = "S*(Wout - 1) + K - 2*P";
    /** Receptive field of L stride-1 layers of kernel K. */
    static final String RF_STRIDE1 = "1 + L*(K - 1)";
    /**
     * The general receptive field, 1 + Σ_l (K_l − 1) Π_{i<l} S_i, written out for three layers (a formula checker
     * takes no sums over l): the last stride and every padding leave it alone.
     */
    static final String RF_THREE = "1 + (K1 - 1) + (K2 - 1)*S1 + (K3 - 1)*S1*S2";

    private Problem optimizers() {
        Symbol eta = Symbol.of("eta", Domain.positive());
        Symbol t = Symbol.of("t", Domain.positiveIntegers());
        Symbol c = Symbol.of("c", Domain.positive());
        Symbol beta = Symbol.of("beta", Domain.interval(0, 1));
        Symbol beta1 = Symbol.of("beta1", Domain.interval(0, 1));
        Symbol beta2 = Symbol.of("beta2", Domain.interval(0, 1));
        Preset preset = new Preset(Preset.OPTIMIZER_TRACE, OPTIM, Map.of());
        return Problem.of("p3", "Adam and SGD with momentum", "statements/p3.md", List.of(
                Part.of("a", "Values SGD with momentum keeps per parameter", 1,
                        IntegerChecker.of(Optimizers.defaults("momentum").stateSlots())),
                Part.of("b", "Values Adam keeps per parameter", 1, IntegerChecker.of(Optimizers.defaults("adam").stateSlots())),
                Part.of("c", "Adam's w after t steps of a constant gradient c", 2,
                        FormulaChecker.of(ADAM_W, List.of(eta, t, c), FormulaChecker.DEFAULT_POINTS, 8)).withPreset(preset),
                Part.of("d", "SGDM's momentum after t steps", 1,
                        FormulaChecker.of(SGDM_M, List.of(c, beta, t), FormulaChecker.DEFAULT_POINTS, 8)).withPreset(preset),
                Part.of("e", "SGDM's w after t steps", 2,
                        FormulaChecker.of(SGDM_W, List.of(eta, c, beta, t), FormulaChecker.DEFAULT_POINTS, 8))
                        .withPreset(preset),
                Part.of("f", "Adam's m after t steps", 1,
                        FormulaChecker.of(ADAM_M, List.of(c, beta1, t), FormulaChecker.DEFAULT_POINTS, 8)).withPreset(preset),
                Part.of("g", "Adam's v after t steps", 1,
                        FormulaChecker.of(ADAM_V, List.of(c, beta2, t), FormulaChecker.DEFAULT_POINTS, 8)).withPreset(preset),
                Part.of("h", "Adam's bias-corrected m after t steps", 1,
                        FormulaChecker.of(ADAM_M_HAT, List.of(c, beta1, t), FormulaChecker.DEFAULT_POINTS, 8)),
                Part.of("i", "Adam's bias-corrected v after t steps", 1,
                        FormulaChecker.of(ADAM_V_HAT, List.of(c, beta2, t), FormulaChecker.DEFAULT_POINTS, 8))));
    }

    private Problem conv1d(Variant v) {
        Symbol w = Symbol.of("W", Domain.positiveIntegers());
        Symbol wout = Symbol.of("Wout", Domain.positiveIntegers());
        Symbol k = Symbol.of("K", Domain.positiveIntegers());
        Symbol p = Symbol.of("P", Domain.integers(0, 30));
        Symbol s = Symbol.of("S", Domain.positiveIntegers());
        Symbol l = Symbol.of("L", Domain.positiveIntegers());
        long in = v.pick("p4.in", 7, 9, 11, 13, 15, 17, 19);
        long target = v.pick("p4.target", 5, 4, 6, 7, 8);
        long out = ConvArithmetic.convOutput(in, 3, 2, 2, 1);
        long minIn = ConvArithmetic.minInput(target, 3, 2, 2, 1).orElseThrow();
        long rf = Math.round(RfStack.compute(STACK).receptiveField());
        // a, c and e are what their presets' calculator shows: the feedback may name them (the formulas stay hidden)
        return Problem.of("p4", "Sizes and receptive fields of 1D convolutions", "statements/p4.md", List.of(
                Part.of("a", "Output width for W = " + in + ", K = 3, P = 1, S = 2", 1, IntegerChecker.of(out))
                        .withPreset(Preset.convLayer(Map.of("dims", "1", "in", Long.toString(in), "k", "3", "s", "2", "p",
                                "1")))
                        .revealingKey(),
                Part.of("b", "Output width as a formula (S divides W + 2P − K)", 1, FormulaChecker.of(CONV_OUT, w, k, p, s)),
                Part.of("c", "Smallest input for an output of " + target + " (K = 3, P = 1, S = 2)", 1,
                        IntegerChecker.of(minIn))
                        .withPreset(Preset.convLayer(Map.of("dims", "1", "in", Long.toString(in), "k", "3", "s", "2", "p", "1",
                                "target", Long.toString(target))))
                        .revealingKey(),
                Part.of("d", "Smallest input as a formula", 1, FormulaChecker.of(MIN_INPUT, wout, k, p, s)),
                Part.of("e", "Receptive field of k3 s2, k3 s2, k3 s1", 1, IntegerChecker.of(rf))
                        .withPreset(Preset.convLayer(Map.of("layers", STACK))).revealingKey(),
                Part.of("f", "Receptive field of L stride-1 layers of kernel K", 1, FormulaChecker.of(RF_STRIDE1, l, k)),
                Part.of("g", "Receptive field of three layers (K1, K2, K3, S1, S2, S3)", 1, FormulaChecker.of(RF_THREE,
                        Symbol.of("K1", Domain.positiveIntegers()), Symbol.of("K2", Domain.positiveIntegers()),
                        Symbol.of("K3", Domain.positiveIntegers()), Symbol.of("S1", Domain.positiveIntegers()),
                        Symbol.of("S2", Domain.positiveIntegers()), Symbol.of("S3", Domain.positiveIntegers())))));
    }

    private Problem residual() {
        return Problem.of("p5", "A residual network of your own", "statements/p5.md", List.of(
                Part.of("a", "Your network (.nnet text)", 0, FreeTextChecker.of()).withPreset(Preset.model(RESNET)),
                Part.of("b", "Trainable parameters of your network", 2, ModelKeys.parametersOfModelIn("p5.a")),
                Part.of("c", "Why a residual block can start near the identity", 1, FreeTextChecker.of())));
    }
}
