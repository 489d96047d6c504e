package nnwb.assignment.berkeley.hw3;

import java.math.BigDecimal;
import java.math.BigInteger;
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
import nnwb.core.check.Domain;
import nnwb.core.check.Checker;
import nnwb.core.check.ConventionChecker;
import nnwb.core.check.FormulaChecker;
import nnwb.core.check.FreeTextChecker;
import nnwb.core.check.IntegerChecker;
import nnwb.core.check.MatrixChecker;
import nnwb.core.check.NumberRule;
import nnwb.core.check.RealChecker;
import nnwb.core.check.Symbol;
import nnwb.core.check.TableChecker;
import nnwb.core.check.Tolerance;
import nnwb.core.check.Units;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.grad.ConvGradients;
import nnwb.core.filter.grad.PoolKind;
import nnwb.core.filter.grad.Pooling;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.memory.ConventionMemory;
import nnwb.core.memory.MemoryEstimate;
import nnwb.core.memory.PyTorchConvention;
import nnwb.core.memory.TextbookConvention;
import nnwb.core.memory.MemoryReport;
import nnwb.core.optim.closed.DropoutTikhonov;
import nnwb.core.optim.problem.DropoutLeastSquares;
import nnwb.core.optim.problem.Problems;

/**
 * Berkeley deep neural networks, homework 4 of an earlier term (dropout, CNN gradients,
 * inductive bias, memory on a GPU, dropout as Tikhonov regularisation), restated from the topics the coursework
 * README lists. Keys come from the engine: the dropout problem's solutions, convolution and pooling
 * gradients, ResNet-152's parameters and training memory from the analysis of the
 * bundle's model, and the four steps of dropout as Tikhonov regularisation ({@link DropoutTikhonov}).
 * Its id was {@code berkeley-dl-hw3} (which named it after the bundle, not the homework); that id stays an alias,
 * and each student's numbers are still drawn from it, so that answers files written before keep their keys.
 */
@Component(service = AssignmentProvider.class)
public final class Hw3Assignment extends BundleAssignmentProvider {

    public static final String ID = "berkeley-dl-hw4-earlier";
    /** The former id: still accepted in answers files, by nnwb check and nnwb grade; students' numbers are drawn from it. */
    public static final String FORMER_ID = "berkeley-dl-hw3";
    public static final String RESNET = "models/resnet152-cifar10.nnet";
    public static final String OPTIM = "presets/dropout-batches.optim";
    /** The training runner's cheating-feature run (a linear classifier on {@code cheating} data, dropout 0). */
    public static final String CHEATING_RUN = "presets/cheating.nnrun";
    /** Inverted dropout's expected loss is Tikhonov with this λ. */
    public static final String LAMBDA = "p/(1 - p)";
    /** The prediction {@code 10 w1 + w2} of the minimiser of inverted dropout's expected loss: {@code 2·11/(2 + λ)}. */
    public static final String PREDICTION = "22*(1 - p)/(2 - p)";
    /** {@link #LAMBDA} with p read as the probability of keeping a feature. */
    public static final String LAMBDA_KEEP = "(1 - p)/p";
    /** {@link #PREDICTION} with p read as the probability of keeping a feature. */
    public static final String PREDICTION_KEEP = "22*p/(1 + p)";
    /** Problem 5's data: the sheet's X (rows separated by ';'), then the drawn ones; every column nonzero. */
    static final String[] X5_CHOICES = {"3,0; 4,2", "1,2; 2,0", "2,1; 0,3", "1,1; 2,-1", "4,1; 3,2", "1,0; 2,2"};
    static final String[] Y5_CHOICES = {"1, 2", "2, -1", "1, 1", "3, 1", "-1, 2"};
    public static final double[][] X = {{2, 0, 1, 1}, {1, 3, 0, 2}, {0, 1, 1, 0}, {1, 2, 0, 0}};
    public static final double[][] DY = {{0, 1}, {-1, 2}};
    public static final double[][] POOL_DY = {{4, -1}, {2, 3}};
    public static final long BATCH = 64;
    public static final long GPU_BYTES = 16L << 30;
    /** Problem 4(h): the batch sizes whose Adam training memory a student reports. */
    public static final List<Long> BATCHES = List.of(4L, 16L, 64L, 256L);

    @Override
    protected Assignment build() {
        Variant sheet = Variant.sheet();
        return new Assignment(ID, "Berkeley Deep Neural Networks (CS 182), earlier term",
                "Homework 4 of an earlier term: dropout, CNN gradients, inductive bias, GPU memory", OffsetDateTime.parse("2024-10-04T22:59:00-07:00"),
                List.of(dropout(sheet), gradients(), inductiveBias(), gpuMemory(), tikhonov(sheet)))
                .withFeedback(FeedbackPolicy.NEVER).withVariant(sheet).withAliases(FORMER_ID);
    }

    /**
     * Problem 1's dropout probability for parts (c), (d) and (h) is drawn per student (the sheet's is 0.5), and problem
     * 5's X, y and p.
     */
    @Override
    protected Assignment build(Variant v) {
        return sheetWith(v, dropout(v), tikhonov(v));
    }

    /** Students' numbers are drawn from the former id, as they were before the rename. */
    @Override
    protected String variantKey() {
        return FORMER_ID;
    }

    /** Problem 1's dropout probability for {@code v}. */
    public static double dropoutP(Variant v) {
        return v.pick("p1.p", 0.5, 0.2, 0.25, 0.4, 0.6, 0.75);
    }

    private static DropoutLeastSquares dropout(double p) {
        return (DropoutLeastSquares) Problems.parse("dropout-least-squares", Map.of("p", Double.toString(p)));
    }

    private Problem dropout(Variant v) {
        Symbol p = Symbol.of("p", Domain.interval(0, 1));
        double[] plain = dropout(0).regularisedSolution();
        double drop = dropoutP(v);
        double[] half = dropout(drop).regularisedSolution();
        Tolerance close = new Tolerance(1e-3, 1e-6);
        String shown = v.values().get("p1.p");
        // the preset opens the trace with this student's p (the bundle's file has the sheet's 0.5)
        Preset preset = new Preset(Preset.OPTIMIZER_TRACE, OPTIM, Map.of("problem.p", shown, "title",
                "Two weights, features 10 and 1, target 11, dropout " + shown + ": SGD with batch 1 against batch 256"));
        double root = Math.sqrt(dropout(drop).lambda());
        double[] x = {10, 1};
        double[][] gamma = {{root * x[0], 0}, {0, root * x[1]}};
        return Problem.of("p1", "Dropout on a two-weight regression", "statements/p1.md", List.of(
                Part.of("a", "Least-squares weights of smallest norm", 1, MatrixChecker.vector(plain, close)),
                Part.of("b", "The Tikhonov λ of inverted dropout (in p)", 2, dropOrKeep(LAMBDA, LAMBDA_KEEP, p)),
                Part.of("c", "Weights minimising the expected loss at p = " + v.values().get("p1.p"), 2, MatrixChecker.vector(half, close))
                        .withPreset(preset),
                Part.of("d", "Their prediction 10 w1 + w2", 1, RealChecker.of(10 * half[0] + half[1], Tolerance.relative(1e-3))),
                Part.of("e", "Batch one against a large batch", 1, FreeTextChecker.of()).withPreset(preset),
                Part.of("f", "The prediction 10 w1 + w2 as a formula in p", 2, dropOrKeep(PREDICTION, PREDICTION_KEEP, p)),
                Part.of("g", "Adam against SGD with dropout", 1, FreeTextChecker.of()),
                Part.of("h", "The Tikhonov matrix Γ at p = " + shown, 2, MatrixChecker.matrix(gamma, close)),
                Part.of("i", "The cheating feature: does dropout help on clean data?", 1, FreeTextChecker.of())
                        .withPreset(Preset.run(CHEATING_RUN))));
    }

    /**
     * A formula in the dropout probability p, also accepting it with p read as the probability of keeping a feature (a
     * "dropout p" is read both ways); the feedback says which reading an answer took. The numeric parts at a student's
     * own p accept the statement's reading only: with the other, two students' numbers would pass for each other.
     */
    static ConventionChecker dropOrKeep(String drop, String keep, Symbol p) {
        return new ConventionChecker(FormulaChecker.of(drop, p), "p the probability of dropping a feature", List.of(
                new ConventionChecker.Alternative("keep", FormulaChecker.of(keep, p), true,
                        "that reads p as the probability of keeping a feature; the statement's p is the probability of "
                                + "dropping it")));
    }

    /** Problem 5's numbers for {@code v}: X (n × 2, row-major), y and the keep probability p. */
    public static DropoutTikhonov tikhonovData(Variant v) {
        String xs = v.pick("p5.X", X5_CHOICES[0], java.util.Arrays.copyOfRange(X5_CHOICES, 1, X5_CHOICES.length));
        String ys = v.pick("p5.y", Y5_CHOICES[0], java.util.Arrays.copyOfRange(Y5_CHOICES, 1, Y5_CHOICES.length));
        double keep = v.pick("p5.p", 0.8, 0.2, 0.25, 0.4, 0.6, 0.75);
        String[] rows = xs.split(";");
        double[] flat = java.util.Arrays.stream(xs.split("[;,]")).mapToDouble(t -> Double.parseDouble(t.strip())).toArray();
        double[] y = java.util.Arrays.stream(ys.split(",")).mapToDouble(t -> Double.parseDouble(t.strip())).toArray();
        v.show("p5.X", "\\begin{bmatrix} " + xs.replace(",", " & ").replace(";", " \\\\") + " \\end{bmatrix}");
        v.show("p5.y", "\\begin{bmatrix} " + ys.replace(",", " \\\\") + " \\end{bmatrix}");
        return new DropoutTikhonov(flat, rows.length, flat.length / rows.length, y, keep);
    }

    private Problem tikhonov(Variant v) {
        DropoutTikhonov t = tikhonovData(v);
        double[] xt = t.xTilde();
        double[][] xTilde = new double[t.n()][];
        for (int i = 0; i < t.n(); i++) {
            xTilde[i] = java.util.Arrays.copyOfRange(xt, i * t.d(), (i + 1) * t.d());
        }
        double[] norms = t.xTildeColumnNorms();
        Tolerance close = new Tolerance(1e-3, 1e-6);
        return Problem.of("p5", "Dropout as Tikhonov regularisation", "statements/p5.md", List.of(
                Part.of("a", "The expected dropout loss at w = (1, 1)", 2, RealChecker.of(t.expectedLoss(new double[] {1, 1}),
                        Tolerance.relative(1e-3))),
                Part.of("b", "The weights w of the Tikhonov problem (w = p·w̌)", 2, MatrixChecker.vector(t.wTikhonov(), close)),
                Part.of("c", "X̃ = XΓ⁻¹", 2, MatrixChecker.matrix(xTilde, close)),
                Part.of("d", "The norm of each column of X̃", 1, RealChecker.of(norms[0], Tolerance.relative(1e-3))),
                Part.of("e", "What this transformation has to do with normalisation layers", 1, FreeTextChecker.of())));
    }

    private Problem gradients() {
        Matrix x = Matrix.of(X);
        Matrix dW = ConvGradients.weightGradient(x, Matrix.of(DY), 3, 3, FilterSpec.valid(FilterMode.CORRELATION));
        Tolerance close = new Tolerance(1e-9, 1e-9);
        return Problem.of("p2", "Gradients through a convolution and through pooling", "statements/p2.md", List.of(
                Part.of("a", "dw of the 3×3 weights", 2, MatrixChecker.matrix(dW.toArray(), close)),
                Part.of("b", "dX through 2×2 max pooling", 1, MatrixChecker.matrix(
                        Pooling.backward(x, PoolKind.MAX, 2, 2, Matrix.of(POOL_DY)).dX().toArray(), close)),
                Part.of("c", "dX through 2×2 average pooling", 1, MatrixChecker.matrix(
                        Pooling.backward(x, PoolKind.AVERAGE, 2, 2, Matrix.of(POOL_DY)).dX().toArray(), close))));
    }

    private Problem inductiveBias() {
        // one 3×3 kernel bank shared by every position, against a dense layer with the same 10×28×28 output
        BigInteger conv = ModelKeys.analyze("input 28x28x1\nCONV3-10\n", AnalysisOptions.defaults()).totals().params()
                .bigIntegerValue();
        BigInteger dense = ModelKeys.analyze("input 28x28x1\nFLATTEN\nFC-7840\n", AnalysisOptions.defaults()).totals()
                .params().bigIntegerValue();
        return Problem.of("p3", "The inductive bias of CNNs", "statements/p3.md", List.of(
                Part.of("a", "Images the MLP needed, and why", 1, FreeTextChecker.of()),
                Part.of("b", "Shared weights: the first convolution's parameters and a dense layer's", 2, MatrixChecker.vector(
                        new double[] {conv.doubleValue(), dense.doubleValue()}, new Tolerance(0, 0.5))),
                Part.of("c", "Shifted validation images: why the CNN still works", 1, FreeTextChecker.of())));
    }

    private Problem gpuMemory() {
        String model = text(RESNET);
        AnalysisReport fixedBatch = ModelKeys.analyze(model, AnalysisOptions.defaults().withBatch(BATCH));
        AnalysisReport one = ModelKeys.analyze(model, AnalysisOptions.defaults());
        BigInteger params = fixedBatch.totals().params().bigIntegerValue();
        MemoryReport m = fixedBatch.memory();
        MemoryEstimate adam = one.memory().adam();
        long largest = largest(adam);
        ConventionMemory pytorch = fixedBatch.memory().convention(PyTorchConvention.NAME);
        long largestPytorch = largest(one.memory().convention(PyTorchConvention.NAME).adam());
        NumberRule twoPercent = NumberRule.of(Tolerance.relative(0.02));
        Preset preset = Preset.model(RESNET);
        // The memory keys c, d, e differ by one optimizer state each, which is b: revealing one of them (or two)
        // would give away the others by one addition, so all three stay hidden whatever the assignment's policy.
        return Problem.of("p4", "Memory when training a ResNet on a GPU", "statements/p4.md", List.of(
                Part.of("a", "Trainable parameters of ResNet-152 with 10 classes", 1, new IntegerChecker(params)).withPreset(preset),
                Part.of("b", "Their size in MB (fp32)", 1, new RealChecker(new BigDecimal(params.multiply(BigInteger.valueOf(4))),
                        Units.BYTE, NumberRule.of(Tolerance.relative(0.01)))),
                Part.of("c", "Training memory with SGD at batch 64", 1, measured(bytes(m.sgd(), twoPercent),
                        bytes(pytorch.sgd(), twoPercent))).withPreset(preset).hiddenKey(),
                Part.of("d", "The same with momentum", 1, measured(bytes(m.momentum(), twoPercent), bytes(pytorch.momentum(), twoPercent)))
                        .hiddenKey(),
                Part.of("e", "The same with Adam", 1, measured(bytes(m.adam(), twoPercent), bytes(pytorch.adam(), twoPercent))).hiddenKey(),
                Part.of("f", "Largest batch in 16 GiB with Adam", 2, measured(IntegerChecker.of(largest), IntegerChecker.of(largestPytorch)))
                        .withPreset(preset).hiddenKey(),
                Part.of("g", "Your GPU: context overhead and time per batch", 1, FreeTextChecker.of()),
                Part.of("h", "Training memory with Adam at batch 4, 16, 64 and 256", 2,
                        batchTable(adam, one.memory().convention(PyTorchConvention.NAME).adam(), twoPercent))
                        .withPreset(preset).hiddenKey()));
    }

    /**
     * 4(h): one row per batch size of {@link #BATCHES}, each cell {@code fixed + batch × per-example} of the batch-one
     * analysis, the textbook count awarded and PyTorch's as well (as in (c)-(f)).
     */
    private static TableChecker batchTable(MemoryEstimate textbook, MemoryEstimate pytorch, NumberRule rule) {
        return TableChecker.of(BATCHES.stream().map(b -> "b" + b).toList(), List.of("adam"), (row, col) -> {
            BigInteger b = new BigInteger(row.substring(1));
            return measured(bytes(textbook, b, rule), bytes(pytorch, b, rule));
        });
    }

    private static RealChecker bytes(MemoryEstimate perExample, BigInteger batch, NumberRule rule) {
        BigInteger total = perExample.fixedBytes().bigIntegerValue().add(batch.multiply(perExample.perExampleBytes().bigIntegerValue()));
        return new RealChecker(new BigDecimal(total).round(MathContext.DECIMAL64), Units.BYTE, rule);
    }

    private static long largest(MemoryEstimate adam) {
        return BigInteger.valueOf(GPU_BYTES).subtract(adam.fixedBytes().bigIntegerValue())
                .divide(adam.perExampleBytes().bigIntegerValue()).longValueExact();
    }

    /**
     * The sheet's textbook key, also awarding PyTorch's own count (the sheet measures in PyTorch), with what
     * separates the two and what a GPU adds to either.
     */
    private static ConventionChecker measured(Checker textbook, Checker pytorch) {
        return new ConventionChecker(textbook, TextbookConvention.NAME, List.of(new ConventionChecker.Alternative(
                PyTorchConvention.NAME, pytorch, true, "that is PyTorch's count: its in-place ReLUs and residual sums keep no "
                        + "copy and each saved tensor counts once, where the textbook count stores every layer output; on a GPU "
                        + "the CUDA context (a few hundred MB) and the caching allocator's rounding come on top of either")));
    }

    private static RealChecker bytes(MemoryEstimate e, NumberRule rule) {
        return new RealChecker(new BigDecimal(e.totalBytes().bigIntegerValue()).round(MathContext.DECIMAL64), Units.BYTE, rule);
    }
}
