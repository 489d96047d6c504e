package nnwb.core.filter.image;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nnwb.core.filter.Image;
import nnwb.core.filter.NamedSpec;

/**
 * The named inputs a user can pick or type ({@code "checkerboard:size=64,cell=8"}). Every input takes
 * {@code size} (square) or {@code rows} and {@code cols}; some take more. Sizes are 1..2048 per side.
 */
public enum TestInput {

    VERTICAL_EDGE("vertical-edge", "dark left half, bright right half", 64, Set.of(),
            s -> TestImages.verticalEdge(rows(s, 64), cols(s, 64))),
    HORIZONTAL_EDGE("horizontal-edge", "dark top half, bright bottom half", 64, Set.of(),
            s -> TestImages.horizontalEdge(rows(s, 64), cols(s, 64))),
    VERTICAL_LINE("vertical-line", "a one-pixel vertical line of ones (col=, default the middle)", 8, Set.of("col"),
            s -> TestImages.verticalLine(rows(s, 8), cols(s, 8), s.intParam("col", cols(s, 8) / 2, 0, cols(s, 8) - 1))),
    HORIZONTAL_LINE("horizontal-line", "a one-pixel horizontal line of ones (row=, default the middle)", 8, Set.of("row"),
            s -> TestImages.horizontalLine(rows(s, 8), cols(s, 8), s.intParam("row", rows(s, 8) / 2, 0, rows(s, 8) - 1))),
    CHECKERBOARD("checkerboard", "squares of cell= pixels (default 8)", 64, Set.of("cell"),
            s -> TestImages.checkerboard(rows(s, 64), cols(s, 64), s.intParam("cell", 8, 1, TestImages.MAX_SIDE))),
    CIRCLES("circles", "concentric rings spacing= pixels wide (default 6)", 64, Set.of("spacing"),
            s -> TestImages.circles(rows(s, 64), cols(s, 64), s.intParam("spacing", 6, 1, TestImages.MAX_SIDE))),
    RAMP("ramp", "left-to-right ramp from 0 to 1", 64, Set.of(), s -> TestImages.rampHorizontal(rows(s, 64), cols(s, 64))),
    RAMP_Y("ramp-y", "top-to-bottom ramp from 0 to 1", 64, Set.of(), s -> TestImages.rampVertical(rows(s, 64), cols(s, 64))),
    MATRIX("matrix", "the numbers 1, 2, ... row by row; the default 5 x 5 is the coursework's 1..25", 5, Set.of(),
            s -> TestImages.sequence(rows(s, 5), cols(s, 5))),
    IMPULSE("impulse", "a single 1 in the middle", 9, Set.of(), s -> TestImages.impulse(rows(s, 9), cols(s, 9))),
    NOISE("noise", "uniform noise in 0..1 (seed=, default 1)", 64, Set.of("seed"),
            s -> TestImages.noise(rows(s, 64), cols(s, 64), s.intParam("seed", 1, 0, Integer.MAX_VALUE))),
    SCENE("scene", "a photo-like RGB scene drawn in code (gray=true for one channel)", 128, Set.of("gray"),
            s -> {
                Image im = SceneImage.of(rows(s, 128), cols(s, 128));
                return s.boolParam("gray", false) ? im.toGray() : im;
            });

    private final String key;
    private final String description;
    private final int defaultSize;
    private final Set<String> extra;
    private final Function<NamedSpec, Image> builder;

    TestInput(String key, String description, int defaultSize, Set<String> extra, Function<NamedSpec, Image> builder) {
        this.key = key;
        this.description = description;
        this.defaultSize = defaultSize;
        this.extra = extra;
        this.builder = builder;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The side used when no size is given. */
    public int defaultSize() {
        return defaultSize;
    }

    /** The image for a parsed spec whose name is this input's. */
    public Image build(NamedSpec spec) {
        java.util.Set<String> accepted = new java.util.HashSet<>(extra);
        accepted.addAll(Set.of("size", "rows", "cols"));
        return builder.apply(spec.accept(accepted));
    }

    /** The image with default parameters. */
    public Image image() {
        return build(new NamedSpec(key, java.util.Map.of()));
    }

    /** The input named {@code name} (key or alias: "edges", "photo", "1..25", "sequence"). */
    public static Optional<TestInput> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n) {
            case "edges", "edge" -> Optional.of(VERTICAL_EDGE);
            case "photo", "test-image" -> Optional.of(SCENE);
            case "1..25", "sequence", "matrix5" -> Optional.of(MATRIX);
            case "ramp-x" -> Optional.of(RAMP);
            default -> Arrays.stream(values()).filter(t -> t.key.equals(n)).findFirst();
        };
    }

    /** All keys, for help texts. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(TestInput::key).toList();
    }

    private static int rows(NamedSpec s, int fallback) {
        return s.intParam("rows", s.intParam("size", fallback, 1, TestImages.MAX_SIDE), 1, TestImages.MAX_SIDE);
    }

    private static int cols(NamedSpec s, int fallback) {
        return s.intParam("cols", s.intParam("size", fallback, 1, TestImages.MAX_SIDE), 1, TestImages.MAX_SIDE);
    }
}
