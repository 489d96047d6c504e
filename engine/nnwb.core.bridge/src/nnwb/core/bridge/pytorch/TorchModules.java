package nnwb.core.bridge.pytorch;

import java.util.ArrayList;
import java.util.List;
import nnwb.core.graph.LayerParams;
import nnwb.core.graph.Node;
import nnwb.core.graph.Shape;
import nnwb.core.symbolic.Poly;

/**
 * The {@code torch.nn} module that computes one layer, as Python source: {@code nn.Conv2d(3, 64, 7, stride=2,
 * padding=3, bias=False)}. Arguments equal to PyTorch's defaults are left out. Merges ({@code add}, {@code mul},
 * {@code concat}) have no module: {@link #merge} writes their expression.
 */
final class TorchModules {

    private TorchModules() {
    }

    /** The module expression for {@code n}, or null for a merge. */
    static String module(Node n) throws ExportException {
        LayerParams p = n.params();
        Shape in = n.inputShape();
        int rank = in.rank();
        return switch (n.kind()) {
            case CONV -> "nn.Conv" + rank + "d(" + join(num(in.channels()), num(p.units()), axes(p.kernel()), conv(n, p)) + ")";
            case CONV_TRANSPOSE -> "nn.ConvTranspose" + rank + "d(" + join(num(in.channels()), num(p.units()), axes(p.kernel()),
                    opt("stride", p.stride(), 1), opt("padding", p.padBefore(), 0), opt("output_padding", p.outputPadding(), 0),
                    p.groups().equals(Poly.ONE) ? null : "groups=" + num(p.groups()), p.bias() ? null : "bias=False",
                    opt("dilation", p.dilation(), 1)) + ")";
            case MAX_POOL -> "nn.MaxPool" + rank + "d(" + join(axes(p.kernel()), "stride=" + axes(p.stride()), opt("padding", p.padBefore(), 0),
                    opt("dilation", p.dilation(), 1), p.ceilMode() ? "ceil_mode=True" : null) + ")";
            case AVG_POOL -> "nn.AvgPool" + rank + "d(" + join(axes(p.kernel()), "stride=" + axes(p.stride()), opt("padding", p.padBefore(), 0),
                    p.ceilMode() ? "ceil_mode=True" : null) + ")";
            case GLOBAL_AVG_POOL -> "nn.AdaptiveAvgPool" + rank + "d(1)";
            case ADAPTIVE_AVG_POOL -> "nn.AdaptiveAvgPool" + rank + "d(" + axes(p.size()) + ")";
            case UPSAMPLE -> "nn.Upsample(scale_factor=" + num(p.factor()) + ", mode=\"nearest\")";
            case BATCH_NORM -> "nn.BatchNorm" + Math.max(1, rank) + "d(" + num(in.channels()) + (p.affine() ? "" : ", affine=False") + ")";
            case DROPOUT -> "nn.Dropout(p=" + p.p().doubleValue() + ")";
            case RELU -> "nn.ReLU()";
            case LEAKY_RELU -> "nn.LeakyReLU(" + p.p().doubleValue() + ")";
            case SIGMOID -> "nn.Sigmoid()";
            case TANH -> "nn.Tanh()";
            case GELU -> "nn.GELU()";
            case RELU6 -> "nn.ReLU6()";
            case HARDSWISH -> "nn.Hardswish()";
            case HARDSIGMOID -> "nn.Hardsigmoid()";
            case SILU -> "nn.SiLU()";
            case SOFTMAX -> "nn.Softmax(dim=1)";
            case FLATTEN -> "nn.Flatten()";
            case FC -> "nn.Linear(" + join(num(in.elements()), num(p.units()), p.bias() ? null : "bias=False") + ")";
            case ADD, MUL, CONCAT -> null;
        };
    }

    /** The expression of a merge of the named values. */
    static String merge(Node n, List<String> values) {
        return switch (n.kind()) {
            case ADD -> String.join(" + ", values);
            case MUL -> String.join(" * ", values);
            default -> "torch.cat([" + String.join(", ", values) + "], 1)";
        };
    }

    private static String conv(Node n, LayerParams p) throws ExportException {
        List<String> a = new ArrayList<>();
        a.add(opt("stride", p.stride(), 1));
        if (!p.padBefore().equals(p.padAfter())) {
            if (!p.stride().stream().allMatch(Poly.ONE::equals)) {
                throw new ExportException(n.name() + ": padding that differs before and after needs stride 1 in PyTorch (padding='same')");
            }
            a.add("padding=\"same\"");
        } else {
            a.add(opt("padding", p.padBefore(), 0));
        }
        a.add(opt("dilation", p.dilation(), 1));
        a.add(p.groups().equals(Poly.ONE) ? null : "groups=" + num(p.groups()));
        a.add(p.bias() ? null : "bias=False");
        a.add(switch (p.paddingMode()) {
            case ZERO -> null;
            case CIRCULAR -> "padding_mode=\"circular\"";
            case REFLECT -> "padding_mode=\"reflect\"";
        });
        return join(a.toArray(String[]::new));
    }

    private static String opt(String key, List<Poly> values, long def) {
        return values.stream().allMatch(v -> v.equals(Poly.of(def))) ? null : key + "=" + axes(values);
    }

    /** One value, or a tuple when the axes differ. */
    private static String axes(List<Poly> values) {
        if (values.stream().distinct().count() == 1) {
            return num(values.get(0));
        }
        return "(" + String.join(", ", values.stream().map(TorchModules::num).toList()) + ")";
    }

    static String num(Poly p) {
        return p.constant().isInteger() ? p.constant().numerator().toString() : Double.toString(p.constant().doubleValue());
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String s : parts) {
            if (s != null && !s.isEmpty()) {
                kept.add(s);
            }
        }
        return String.join(", ", kept);
    }
}
