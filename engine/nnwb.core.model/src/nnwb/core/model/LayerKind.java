package nnwb.core.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The layer kinds of the {@code .nnet} format with their keyword, aliases,
 * positional parameters and known parameters (for validation and content
 * assist). Every statement also accepts {@code from=LAYER} (its input, default
 * the previous line) and {@code repeat=COUNT}.
 */
public enum LayerKind {
    CONV("conv", "convolution: filters, kernel, stride 1, padding 0 (or same), dilation 1, groups 1, bias true, padding_mode zeros|circular|reflect",
            List.of("conv1d", "conv2d", "conv3d", "convolution"), List.of("filters", "kernel"),
            List.of("filters", "kernel", "stride", "padding", "dilation", "groups", "bias", "padding_mode")),
    CONV_TRANSPOSE("convt", "transposed convolution: filters, kernel, stride, padding, output_padding, dilation, groups, bias",
            List.of("deconv", "conv_transpose", "convtranspose", "convtranspose1d", "convtranspose2d", "transposed_conv"),
            List.of("filters", "kernel"),
            List.of("filters", "kernel", "stride", "padding", "output_padding", "dilation", "groups", "bias")),
    MAX_POOL("maxpool", "max pooling: kernel, stride (default kernel), padding, dilation, ceil_mode false",
            List.of("pool", "max_pool", "maxpool1d", "maxpool2d"), List.of("kernel"), List.of("kernel", "stride", "padding", "dilation", "ceil_mode")),
    AVG_POOL("avgpool", "average pooling: kernel, stride (default kernel), padding, ceil_mode false",
            List.of("avg_pool", "avgpool1d", "avgpool2d"), List.of("kernel"), List.of("kernel", "stride", "padding", "ceil_mode")),
    GLOBAL_AVG_POOL("gap", "global average pooling: one value per channel (shape C×1×1)",
            List.of("global_avgpool", "global_avg_pool", "globalavgpool"), List.of(), List.of()),
    ADAPTIVE_AVG_POOL("adaptive_avgpool", "adaptive average pooling to a fixed output size",
            List.of("adaptiveavgpool", "adaptiveavgpool2d", "adaptive_avg_pool"), List.of("size"), List.of("size")),
    UPSAMPLE("upsample", "nearest-neighbour upsampling by an integer factor",
            List.of("upsampling"), List.of("factor"), List.of("factor", "mode")),
    BATCH_NORM("batchnorm", "batch normalisation over channels (gamma, beta trainable; running mean, var buffers)",
            List.of("bn", "batchnorm1d", "batchnorm2d", "batch_norm"), List.of(), List.of("affine")),
    DROPOUT("dropout", "dropout with probability p", List.of(), List.of("p"), List.of("p")),
    RELU("relu", "ReLU activation", List.of(), List.of(), List.of()),
    LEAKY_RELU("leaky_relu", "leaky ReLU activation", List.of("leakyrelu"), List.of("slope"), List.of("slope")),
    SIGMOID("sigmoid", "logistic sigmoid activation", List.of(), List.of(), List.of()),
    TANH("tanh", "tanh activation", List.of(), List.of(), List.of()),
    GELU("gelu", "GELU activation", List.of(), List.of(), List.of()),
    RELU6("relu6", "ReLU6 activation: min(max(x, 0), 6)", List.of(), List.of(), List.of()),
    HARDSWISH("hardswish", "hard swish activation: x · relu6(x + 3) / 6", List.of("hard_swish", "hswish"), List.of(), List.of()),
    HARDSIGMOID("hardsigmoid", "hard sigmoid activation: relu6(x + 3) / 6", List.of("hard_sigmoid", "hsigmoid"), List.of(), List.of()),
    SILU("silu", "SiLU (swish) activation: x · sigmoid(x)", List.of("swish"), List.of(), List.of()),
    SOFTMAX("softmax", "softmax over the features", List.of(), List.of(), List.of()),
    FLATTEN("flatten", "turns any shape into a vector", List.of(), List.of(), List.of()),
    FC("fc", "fully connected layer: out, bias true (flattens its input)",
            List.of("linear", "dense", "fully_connected"), List.of("out"), List.of("out", "bias")),
    ADD("add", "element-wise sum of earlier outputs: add a b", List.of("sum"), List.of(), List.of()),
    CONCAT("concat", "channel concatenation of earlier outputs: concat a b (one input is allowed)", List.of("cat"), List.of(), List.of()),
    MUL("mul", "element-wise product of earlier outputs, a C×1×1 gate broadcast over the other: mul a b",
            List.of("multiply", "product"), List.of(), List.of());

    /** Keys every statement accepts. */
    public static final List<String> COMMON_PARAMETERS = List.of("from", "repeat");

    private static final Map<String, LayerKind> BY_WORD = new HashMap<>();

    static {
        for (LayerKind k : values()) {
            BY_WORD.put(k.keyword, k);
            for (String a : k.aliases) {
                BY_WORD.put(a, k);
            }
        }
    }

    private final String keyword;
    private final String description;
    private final List<String> aliases;
    private final List<String> positional;
    private final List<String> parameters;

    LayerKind(String keyword, String description, List<String> aliases, List<String> positional, List<String> parameters) {
        this.keyword = keyword;
        this.description = description;
        this.aliases = aliases;
        this.positional = positional;
        this.parameters = parameters;
    }

    /** The kind spelled {@code word} (keyword or alias, any case), or null. */
    public static LayerKind lookup(String word) {
        return BY_WORD.get(word.toLowerCase(Locale.ROOT));
    }

    public String keyword() {
        return keyword;
    }

    public String description() {
        return description;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** Names given to positional values, in order. */
    public List<String> positionalParameters() {
        return positional;
    }

    /** The {@code key=value} names this kind understands, besides {@link #COMMON_PARAMETERS}. */
    public List<String> parameters() {
        return parameters;
    }

    /** True for layers whose positional arguments are references to earlier layers. */
    public boolean merges() {
        return this == ADD || this == CONCAT || this == MUL;
    }

    /** The fewest earlier layers a merging kind takes: concat of a single input is allowed. */
    public int minimumInputs() {
        return this == CONCAT ? 1 : 2;
    }

    /** Element-wise layers without parameters that can run in place. */
    public boolean elementwise() {
        return switch (this) {
            case RELU, LEAKY_RELU, SIGMOID, TANH, GELU, RELU6, HARDSWISH, HARDSIGMOID, SILU, DROPOUT -> true;
            default -> false;
        };
    }

    /** Activation functions (not dropout). */
    public boolean activation() {
        return elementwise() && this != DROPOUT || this == SOFTMAX;
    }
}
