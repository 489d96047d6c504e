package nnwb.core.filter.kernel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nnwb.core.filter.Matrix;
import nnwb.core.filter.NamedSpec;

/**
 * The built-in kernels. Derivative kernels are written for correlation: Sobel x and Prewitt x respond positively
 * where intensity grows to the right, Sobel y and Prewitt y where it grows downwards (the Berkeley sheet's
 * {@code h} is Sobel y).
 */
public enum KernelPreset {

    IDENTITY("identity", "passes the input unchanged (1 at the centre tap)", Set.of("size", "rows", "cols"),
            s -> impulseAtCentre(rows(s, 3), cols(s, 3))),
    BOX_BLUR("box-blur", "the mean of the window: every weight 1/(rows*cols)", Set.of("size", "rows", "cols"),
            s -> box(rows(s, 3), cols(s, 3))),
    GAUSSIAN("gaussian", "Gaussian blur exp(-d^2/(2 sigma^2)) about the geometric middle, summing to 1; "
            + "size defaults to 2*ceil(3 sigma)+1, at most 15", Set.of("sigma", "size"), KernelPreset::gaussian),
    SHARPEN("sharpen", "identity plus the negative 4-neighbour Laplacian: 5 at the centre, -1 at its neighbours",
            Set.of(), s -> fixed(new double[][] {{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}})),
    SOBEL_X("sobel-x", "horizontal derivative smoothed vertically (1,2,1): finds vertical edges", Set.of(),
            s -> fixed(new double[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}})),
    SOBEL_Y("sobel-y", "vertical derivative smoothed horizontally (1,2,1): finds horizontal edges", Set.of(),
            s -> fixed(new double[][] {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}})),
    PREWITT_X("prewitt-x", "horizontal derivative averaged vertically (1,1,1): finds vertical edges", Set.of(),
            s -> fixed(new double[][] {{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}})),
    PREWITT_Y("prewitt-y", "vertical derivative averaged horizontally (1,1,1): finds horizontal edges", Set.of(),
            s -> fixed(new double[][] {{-1, -1, -1}, {0, 0, 0}, {1, 1, 1}})),
    LAPLACIAN("laplacian", "sum of second derivatives: -4 at the centre and 1 at the 4 neighbours, or -8 and 1 "
            + "at all 8 with diagonals=true", Set.of("diagonals"), KernelPreset::laplacian),
    EMBOSS("emboss", "the identity plus a derivative towards the lower right: a grey relief of the edges", Set.of(),
            s -> fixed(new double[][] {{-2, -1, 0}, {-1, 1, 1}, {0, 1, 2}}));

    private final String key;
    private final String description;
    private final Set<String> parameters;
    private final Function<NamedSpec, Kernel> builder;

    KernelPreset(String key, String description, Set<String> parameters, Function<NamedSpec, Kernel> builder) {
        this.key = key;
        this.description = description;
        this.parameters = parameters;
        this.builder = builder;
    }

    /** The name used in text, e.g. {@code "sobel-x"}. */
    public String key() {
        return key;
    }

    /** One line on what the kernel does. */
    public String description() {
        return description;
    }

    /** The parameters the preset accepts (lower case). */
    public Set<String> parameters() {
        return parameters;
    }

    /** The kernel with default parameters. */
    public Kernel kernel() {
        return build(new NamedSpec(key, java.util.Map.of()));
    }

    /** The kernel for a parsed spec whose name is this preset's. */
    public Kernel build(NamedSpec spec) {
        return builder.apply(spec.accept(parameters));
    }

    /** The preset named {@code name} (its key or an alias such as "box", "blur", "sobelx"). */
    public static Optional<KernelPreset> byName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[_\\s]+", "-");
        return Arrays.stream(values())
                .filter(p -> p.key.equals(n) || p.key.replace("-", "").equals(n.replace("-", ""))
                        || (p == BOX_BLUR && (n.equals("box") || n.equals("blur")))
                        || (p == GAUSSIAN && n.equals("gauss")))
                .findFirst();
    }

    /** All preset keys, for help texts. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(KernelPreset::key).toList();
    }

    private static int rows(NamedSpec s, int fallback) {
        return s.intParam("rows", s.intParam("size", fallback, 1, Kernel.MAX_SIZE), 1, Kernel.MAX_SIZE);
    }

    private static int cols(NamedSpec s, int fallback) {
        return s.intParam("cols", s.intParam("size", fallback, 1, Kernel.MAX_SIZE), 1, Kernel.MAX_SIZE);
    }

    private static Kernel fixed(double[][] v) {
        return Kernel.of(v);
    }

    private static Kernel impulseAtCentre(int rows, int cols) {
        Kernel zero = Kernel.zeros(rows, cols);
        return zero.with(zero.centreRow(), zero.centreCol(), 1);
    }

    private static Kernel box(int rows, int cols) {
        double w = 1.0 / (rows * cols);
        return new Kernel(Matrix.generate(rows, cols, (r, c) -> w));
    }

    private static Kernel gaussian(NamedSpec s) {
        double sigma = s.doubleParam("sigma", 1.0, 0.1, 20);
        int natural = (int) Math.min(Kernel.MAX_SIZE, 2 * Math.ceil(3 * sigma) + 1);
        int size = s.intParam("size", natural, 1, Kernel.MAX_SIZE);
        double mid = (size - 1) / 2.0;
        Matrix raw = Matrix.generate(size, size,
                (r, c) -> Math.exp(-((r - mid) * (r - mid) + (c - mid) * (c - mid)) / (2 * sigma * sigma)));
        double sum = raw.sum();
        return new Kernel(raw.map(v -> v / sum));
    }

    private static Kernel laplacian(NamedSpec s) {
        return s.boolParam("diagonals", false)
                ? fixed(new double[][] {{1, 1, 1}, {1, -8, 1}, {1, 1, 1}})
                : fixed(new double[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}});
    }
}
