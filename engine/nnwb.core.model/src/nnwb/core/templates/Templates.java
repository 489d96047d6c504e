package nnwb.core.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bundled {@code .nnet} templates, read through the class loader from this
 * package ({@code NAME.nnet}). Symbols such as {@code classes}, {@code size},
 * {@code NIC}, {@code NF}, {@code NC}, {@code kernel}, {@code K} and {@code L}
 * have defaults and can be set per analysis.
 */
public final class Templates {

    /** Template names in the order a "New Model" wizard lists them. */
    public static final List<String> NAMES = List.of("edge-cnn", "pool-upsample-net", "conv-transpose-net", "mlp", "lenet5",
            "alexnet", "vgg11", "vgg11_bn", "vgg13", "vgg13_bn", "vgg16", "vgg16_bn", "vgg19", "vgg19_bn", "resnet18", "resnet34",
            "resnet50", "resnet101", "resnet152", "resnext50_32x4d", "wide_resnet50_2", "googlenet", "squeezenet1_1", "mobilenet_v2",
            "mobilenet_v3_large", "mobilenet_v3_small", "efficientnet_b0", "densenet121", "mnasnet0_5", "regnet_y_400mf");

    private Templates() {
    }

    public static List<String> names() {
        return NAMES;
    }

    public static boolean exists(String name) {
        return NAMES.contains(name);
    }

    /** The text of template {@code name}; throws {@link IllegalArgumentException} for an unknown name. */
    public static String text(String name) {
        if (!exists(name)) {
            throw new IllegalArgumentException("no template '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        }
        try (InputStream in = Templates.class.getResourceAsStream(name + ".nnet")) {
            if (in == null) {
                throw new IllegalStateException("template resource " + name + ".nnet is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first comment lines of a template, joined: what it is. */
    public static String description(String name) {
        StringBuilder sb = new StringBuilder();
        for (String line : text(name).split("\n")) {
            if (!line.startsWith("#")) {
                break;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(line.substring(1).trim());
        }
        return sb.toString();
    }
}
