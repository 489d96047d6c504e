package nnwb.assignment.berkeley.hw4;

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
import nnwb.core.check.MatrixChecker;
import nnwb.core.check.Symbol;
import nnwb.core.check.TableChecker;
import nnwb.core.check.Tolerance;
import nnwb.core.conv.RfStack;
import nnwb.core.filter.Image;
import nnwb.core.filter.Matrix;
import nnwb.core.filter.equivariance.FeatureNet;
import nnwb.core.filter.grad.ConvGradients;
import nnwb.core.filter.grad.PoolKind;
import nnwb.core.filter.grad.Pooling;
import nnwb.core.filter.image.TestImages;
import nnwb.core.filter.kernel.Kernel;
import nnwb.core.filter.kernel.KernelParser;
import nnwb.core.filter.op.FilterBank;
import nnwb.core.filter.op.FilterMode;
import nnwb.core.filter.op.FilterSpec;
import nnwb.core.filter.op.PadMode;
import nnwb.core.filter.op.ReferenceFilter;
import nnwb.core.filter.signal.Convolution1d;
import nnwb.core.filter.signal.SignalParser;
import nnwb.core.optim.update.NewtonSchulz;

/**
 * Berkeley deep neural networks, homework 4 (convolutions), restated in the bundle's statements.
 * Numbers, vectors, matrices and tables are computed here by the engine (Newton–Schulz counts,
 * 1D and 2D filtering, the analysis of the bundle's CNN, a feature network with circular padding,
 * convolution and pooling gradients); formula keys are written symbolically and checked against
 * the engine at sample values in the tests.
 */
@Component(service = AssignmentProvider.class)
public final class Hw4Assignment extends BundleAssignmentProvider {

    public static final String ID = "berkeley-dl-hw4";
    public static final String CNN = "models/edge-cnn.nnet";
    public static final String OPTIM = "presets/muon-signsgd.optim";

    /** One iteration as written: W·Wᵀ, then (3I − W·Wᵀ)·W. */
    public static final String NS_OUTER = "2*c*dout^2*din";
    /** One iteration in the Gram form: Wᵀ·W, then W·(3I − Wᵀ·W). */
    public static final String NS_GRAM = "2*c*dout*din^2";
    /** Xavier's scale for unit-variance weights. */
    public static final String XAVIER_C = "1/sqrt(din)";
    /** The spectral budget √d_out / (c √d_in) with that c. */
    public static final String BUDGET = "sqrt(dout)";
    /** SignSGD: the budget over the spectral norm √(d_out d_in) of a rank-one ±1 matrix. */
    public static final String SIGN_LR = "1/sqrt(din)";
    /** Muon: UVᵀ has spectral norm 1, so α is the budget. */
    public static final String MUON_LR = "sqrt(dout)";
    /**
     * 2(g): backpropagating through x_{n+1} = c W x_n multiplies the gradient by c Wᵀ, whose spectral norm for a
     * rank-one unit-scaled W (spectral = Frobenius = √(d_out d_in)) and Xavier's c = 1/√d_in is √d_out per layer.
     */
    public static final String BACKPROP_GROWTH = "sqrt(dout)";
    /** 2(g): the constant that keeps backpropagated gradients at a stable scale. */
    public static final String BACKPROP_FIX = "1/sqrt(dout)";
    /**
     * The same keys when Xavier's variance is read as Glorot's 2/(d_in + d_out) (the sheet says "standard Xavier
     * initialization" without a formula): c = √(2/(d_in + d_out)), the budget √d_out/(c √d_in), SignSGD's rate the
     * budget over √(d_out d_in), Muon's the budget, the backward growth c √(d_out d_in) and its inverse.
     */
    public static final String XAVIER_C_GLOROT = "sqrt(2/(din + dout))";
    public static final String BUDGET_GLOROT = "sqrt(dout*(din + dout)/(2*din))";
    public static final String SIGN_LR_GLOROT = "sqrt((din + dout)/2)/din";
    public static final String MUON_LR_GLOROT = BUDGET_GLOROT;
    public static final String BACKPROP_GROWTH_GLOROT = "sqrt(2*dout*din/(din + dout))";
    public static final String BACKPROP_FIX_GLOROT = "sqrt((din + dout)/(2*dout*din))";
    /** Max-pooling output width. */
    public static final String POOL_OUT = "(W - K)/S + 1";
    /** Output width of a convolution when S divides W + 2P − K. */
    public static final String CONV_OUT = "(W + 2*P - K)/S + 1";
    /** Output values of a convolution on a W×W input: its output shape W_out × W_out × F. */
    public static final String CONV_VALUES = "F*((W + 2*P - K)/S + 1)^2";
    /** Receptive field of L stride-1 layers of kernel K. */
    public static final String RF_STRIDE1 = "1 + L*(K - 1)";
    /** Standard deviation of dw: a sum of (n − k + 1)² independent products. */
    public static final String DW_STD = "(n - k + 1)*sigma_x*sigma_g";

    public static final String SOBEL = "-1,-2,-1; 0,0,0; 1,2,1";
    public static final double[][] X = {{1, 2, 0, 1}, {0, 1, 3, 1}, {2, 1, 0, 0}, {1, 0, 1, 2}};
    public static final double[][] DY = {{1, -1}, {2, 0}};
    public static final double[][] W0 = {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}};
    public static final double[][] POOL_DY = {{1, 2}, {3, 4}};
    public static final List<String> LAYERS = List.of("conv1", "pool1", "conv2", "pool2", "flatten", "fc");

    @Override
    protected Assignment build() {
        Variant sheet = Variant.sheet();
        return new Assignment(ID, "Berkeley Deep Neural Networks (CS 182)", "Homework 4: convolutions",
                OffsetDateTime.parse("2025-10-03T22:59:00-07:00"),
                List.of(newtonSchulz(), scaling(), fir(), shapes(), gradients(sheet), inductiveBias()))
                .withFeedback(FeedbackPolicy.NEVER).withVariant(sheet);
    }

    /** Problem 5's learning rate is drawn per student; the sheet's is 0.1. */
    @Override
    protected Assignment build(Variant v) {
        return sheetWith(v, gradients(v));
    }

    /** Problem 5(b)'s learning rate for {@code v}. */
    public static double learningRate(Variant v) {
        return v.pick("p5.lr", 0.1, 0.05, 0.2, 0.3, 0.5);
    }

    private Problem newtonSchulz() {
        Symbol c = Symbol.of("c", Domain.positive());
        Symbol dout = Symbol.of("dout", Domain.positiveIntegers());
        Symbol din = Symbol.of("din", Domain.positiveIntegers());
        long gram = NewtonSchulz.multiplicationsPerIteration(1024, 64, NewtonSchulz.Polynomial.CUBIC, true);
        return Problem.of("p1", "The cost of a Newton–Schulz step", "statements/p1.md", List.of(
                Part.of("a", "Cost of one iteration as written (c, dout, din)", 2, FormulaChecker.of(NS_OUTER, c, dout, din)),
                Part.of("b", "Cost of one iteration in the Gram form", 2, FormulaChecker.of(NS_GRAM, c, dout, din)),
                Part.of("c", "Multiplications per Gram-form iteration, dout = 1024, din = 64", 1, IntegerChecker.of(gram))));
    }

    private Problem scaling() {
        Symbol dout = Symbol.of("dout", Domain.positiveIntegers());
        Symbol din = Symbol.of("din", Domain.positiveIntegers());
        Preset preset = new Preset(Preset.OPTIMIZER_TRACE, OPTIM, Map.of());
        return Problem.of("p2", "Scaling updates at the unit scale", "statements/p2.md", List.of(
                Part.of("a", "The c that recovers Xavier's variance", 1, xavier(XAVIER_C, XAVIER_C_GLOROT, dout, din)),
                Part.of("b", "Largest spectral norm of ΔW", 1, xavier(BUDGET, BUDGET_GLOROT, dout, din)),
                Part.of("c", "SignSGD's learning rate", 1, xavier(SIGN_LR, SIGN_LR_GLOROT, dout, din)).withPreset(preset),
                Part.of("d", "Muon's learning rate", 1, xavier(MUON_LR, MUON_LR_GLOROT, dout, din)).withPreset(preset),
                Part.of("e", "Growth of the backpropagated gradient's norm per layer", 1,
                        xavier(BACKPROP_GROWTH, BACKPROP_GROWTH_GLOROT, dout, din)),
                Part.of("f", "The constant that keeps backpropagated gradients stable", 1,
                        xavier(BACKPROP_FIX, BACKPROP_FIX_GLOROT, dout, din))));
    }

    private Problem fir() {
        var h = SignalParser.parse("response", "geometric:r=0.5,n=20");
        double[] y = Convolution1d.over(SignalParser.parse("signal", "rect:L=7,shift=0"), h, 0, 9).output();
        double[] y2 = Convolution1d.over(SignalParser.parse("signal", "rect:L=7,shift=5"), h, 0, 9).output();
        Tolerance close = new Tolerance(1e-3, 1e-3);
        Kernel sobel = KernelParser.parse(SOBEL);
        Image x = TestImages.sequence(5, 5);
        Preset canvas = canvas(0, 1);
        return Problem.of("p3", "Convolution as an FIR filter", "statements/p3.md", List.of(
                Part.of("a", "y[n] for n = 0..9", 2, MatrixChecker.vector(y, close)),
                Part.of("b", "The output for the rectangle shifted to n = 5, n = 0..9", 1, MatrixChecker.vector(y2, close)),
                Part.of("c", "Sobel, true convolution, no padding, stride 1", 2,
                        MatrixChecker.matrix(sobel(sobel, x, FilterSpec.valid(FilterMode.CONVOLUTION)), Tolerance.EXACT))
                        .withPreset(canvas),
                Part.of("d", "Padding 1, stride 1", 1, MatrixChecker.matrix(sobel(sobel, x,
                        FilterSpec.of(FilterMode.CONVOLUTION, 1, 1, PadMode.ZERO, 1)), Tolerance.EXACT)).withPreset(canvas(1, 1)),
                Part.of("e", "Padding 1, stride 2", 1, MatrixChecker.matrix(sobel(sobel, x,
                        FilterSpec.of(FilterMode.CONVOLUTION, 2, 1, PadMode.ZERO, 1)), Tolerance.EXACT)).withPreset(canvas(1, 2))));
    }

    /** Problem 3's filter canvas: Sobel over 1..25 by true convolution, with the part's padding and stride. */
    private static Preset canvas(int padding, int stride) {
        return new Preset(Preset.FILTER_CANVAS, "", Map.of("kernel", SOBEL, "image", "sequence:5x5", "mode", "convolution",
                "padding", Integer.toString(padding), "stride", Integer.toString(stride)));
    }

    private static double[][] sobel(Kernel k, Image x, FilterSpec spec) {
        return ReferenceFilter.apply(k, x, spec).channel(0).toArray();
    }

    /**
     * Problem 2's two readings of "standard Xavier initialization": variance 1/d_in (LeCun's, and the sheet's N(0,1)
     * weights scaled by c) or Glorot's 2/(d_in + d_out); each part follows from (a), so each accepts both, and the
     * feedback says which reading an answer took.
     */
    static ConventionChecker xavier(String fanIn, String glorot, Symbol... symbols) {
        return new ConventionChecker(FormulaChecker.of(fanIn, symbols), "Xavier's variance read as 1/din", List.of(
                new ConventionChecker.Alternative("glorot", FormulaChecker.of(glorot, symbols), true,
                        "that reads Xavier's variance as Glorot's 2/(din + dout); the other reading is 1/din")));
    }

    /**
     * 4(d) admits two readings: every later layer's window covers twice the input it covered (a factor of 2, what
     * the sheet's "factor of 2" for the channels suggests), or the pooling window itself adds K − 1 = 1 to the field.
     * Both from the engine's receptive-field walk; the feedback says which reading an answer took.
     */
    static ConventionChecker poolGrowth() {
        double later = RfStack.compute("k2s2,k3s1").receptiveField() - RfStack.compute("k2s2").receptiveField();
        double without = RfStack.compute("k3s1").receptiveField() - 1;
        long factor = Math.round(later / without);
        long added = Math.round(RfStack.compute("k2s2").receptiveField() - 1);
        return new ConventionChecker(IntegerChecker.of(factor), "factor (each later layer's growth multiplied)", List.of(
                new ConventionChecker.Alternative("added", IntegerChecker.of(added), true,
                        "that reads the growth as what the pooling window itself adds to the field; the other reading is the "
                                + "factor by which every later layer's growth is multiplied")));
    }

    private Problem shapes() {
        Symbol p = Symbol.of("P", Domain.integers(0, 30));
        Symbol l = Symbol.of("L", Domain.positiveIntegers());
        Symbol k = Symbol.of("K", Domain.positiveIntegers());
        Symbol c = Symbol.of("C", Domain.positiveIntegers());
        Symbol f = Symbol.of("F", Domain.positiveIntegers());
        Symbol w = Symbol.of("W", Domain.positiveIntegers());
        Symbol s = Symbol.of("S", Domain.positiveIntegers());
        AnalysisReport layer = ModelKeys.analyze("symbol C=3\nsymbol K=3\nsymbol F=8\ninput channels=C size=64\n"
                + "c: conv filters=F kernel=K\n", AnalysisOptions.symbolicMode());
        AnalysisReport cnn = ModelKeys.analyze(text(CNN), AnalysisOptions.defaults());
        TableChecker table = TableChecker.of(LAYERS, List.of("params", "activations"), (row, col) -> IntegerChecker.of(
                col.equals("params") ? cnn.row(row).params().longValue() : cnn.row(row).outputValues().longValue()));
        FeatureNet net = edgeNet();
        Tolerance close = new Tolerance(1e-6, 1e-6);
        return Problem.of("p4", "Shapes and parameters of a CNN", "statements/p4.md", List.of(
                Part.of("a", "Parameters of a conv layer (K, C, F)", 1, FormulaChecker.of(layer.row("c").params(), k, c, f)),
                Part.of("b", "Width after K×K max pooling with stride S", 1, FormulaChecker.of(POOL_OUT, w, k, s)),
                Part.of("c", "Parameters and activation values per layer", 3, table).withPreset(Preset.model(CNN)),
                Part.of("d", "Pooled features of a vertical line in column 6", 1,
                        MatrixChecker.vector(net.features(TestImages.verticalLine(8, 8, 6)), close)),
                Part.of("e", "Pooled features of a horizontal line in row 5", 1,
                        MatrixChecker.vector(net.features(TestImages.horizontalLine(8, 8, 5)), close)).hiddenKey(),
                Part.of("f", "Output width of the conv layer (W, K, P, S)", 1, FormulaChecker.of(CONV_OUT, w, k, p, s)),
                Part.of("g", "Output values of the conv layer on a W×W input", 1, FormulaChecker.of(CONV_VALUES, w, k, p, s, f)),
                Part.of("h", "Receptive field of L stride-1 layers of kernel K", 1, FormulaChecker.of(RF_STRIDE1, l, k)),
                Part.of("i", "How much 2×2 pooling with stride 2 grows the receptive field", 1, poolGrowth())));
    }

    /**
     * A network that gives the statement's features for lines in row 2 and column 2: a
     * horizontal-line detector, a vertical-line detector and a checker kernel a line cannot
     * excite, then each channel passed on; circular padding 1, stride 1.
     */
    public static FeatureNet edgeNet() {
        Kernel horizontal = KernelParser.parse("1,1;-1,-1");
        Kernel vertical = KernelParser.parse("1,-1;1,-1");
        Kernel checker = KernelParser.parse("1,-1;-1,1");
        FilterBank first = FilterBank.ofSingleInput(List.of(horizontal, vertical, checker));
        Kernel pass = Kernel.zeros(2, 2).with(0, 0, 4);
        Kernel none = Kernel.zeros(2, 2);
        FilterBank second = new FilterBank(List.of(List.of(pass, none, none), List.of(none, pass, none),
                List.of(none, none, pass)), null);
        return new FeatureNet(List.of(first, second), FilterSpec.of(FilterMode.CORRELATION, 1, 1, PadMode.CIRCULAR, 1));
    }

    private Problem gradients(Variant v) {
        Symbol n = Symbol.of("n", Domain.integers(3, 200));
        Symbol k = Symbol.of("k", Domain.integers(1, 3));
        Symbol sx = Symbol.of("sigma_x", Domain.positive());
        Symbol sg = Symbol.of("sigma_g", Domain.positive());
        Matrix x = Matrix.of(X);
        Matrix dW = ConvGradients.weightGradient(x, Matrix.of(DY), 3, 3, FilterSpec.valid(FilterMode.CORRELATION));
        double lr = learningRate(v);
        Matrix stepped = ConvGradients.sgdStep(Kernel.of(W0), dW, lr);
        Matrix maxPool = Pooling.backward(x, PoolKind.MAX, 2, 2, Matrix.of(POOL_DY)).dX();
        Matrix avgPool = Pooling.backward(x, PoolKind.AVERAGE, 2, 2, Matrix.of(POOL_DY)).dX();
        Tolerance close = new Tolerance(1e-9, 1e-9);
        return Problem.of("p5", "Weights and gradients in a CNN", "statements/p5.md", List.of(
                Part.of("a", "dw for the given X and dY", 2, MatrixChecker.matrix(dW.toArray(), close)),
                Part.of("b", "The weights after one SGD step (learning rate " + v.values().get("p5.lr") + ")", 1, MatrixChecker.matrix(stepped.toArray(), close)),
                Part.of("c", "Standard deviation of dw (n, k, sigma_x, sigma_g)", 2, FormulaChecker.of(DW_STD, n, k, sx, sg)),
                Part.of("d", "dX through 2×2 max pooling", 1, MatrixChecker.matrix(maxPool.toArray(), close)),
                Part.of("e", "dX through 2×2 average pooling", 1, MatrixChecker.matrix(avgPool.toArray(), close)),
                Part.of("f", "What each kind of pooling passes back", 1, FreeTextChecker.of())));
    }

    private Problem inductiveBias() {
        return Problem.of("p6", "The inductive bias of CNNs", "statements/p6.md", List.of(
                Part.of("a", "Patterns in the learned filters", 1, FreeTextChecker.of()),
                Part.of("b", "Why an MLP needs more data", 1, FreeTextChecker.of())));
    }
}
