package nnwb.core.assignment;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a part opens in a tool: the tool's id and a resource in the assignment's bundle, or
 * parameters, or both (e.g. a {@code .nnet} model in the editor, a layer in the conv
 * calculator). Tools are open-ended (a new tool is a new bundle), so the tool is an id; the
 * ids of the workbench's own tools are constants here.
 *
 * <p>
 * With both a resource and parameters, a parameter whose name is a {@code key = value} line of the resource (a
 * settings file such as an optimizer preset) replaces that line's value when the preset opens ({@link #applyTo}): this
 * is how a student's own numbers (a drawn {@link Variant}) reach a tool that reads the bundle's file.
 *
 * @param tool       tool id, e.g. {@link #MODEL_EDITOR}
 * @param resource   a relative path in the assignment bundle; empty when none
 * @param parameters named values for the tool, sorted by name
 */
public record Preset(String tool, String resource, Map<String, String> parameters) {

    public static final String MODEL_EDITOR = "model-editor";
    public static final String CONV_CALCULATOR = "conv-calculator";
    public static final String OPTIMIZER_TRACE = "optimizer-trace";
    public static final String FILTER_CANVAS = "filter-canvas";
    public static final String TRAINING_RUNNER = "training-runner";

    private static final Pattern TOOL = Pattern.compile("[a-z][a-z0-9.-]{0,63}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

    public Preset {
        if (tool == null || !TOOL.matcher(tool).matches()) {
            throw new IllegalArgumentException("preset tool id must be lower-case letters, digits, '.' or '-'");
        }
        resource = resource == null || resource.isEmpty() ? "" : Names.resource("preset resource", resource);
        TreeMap<String, String> sorted = new TreeMap<>();
        (parameters == null ? Map.<String, String>of() : parameters).forEach((k, v) -> {
            if (k == null || !KEY.matcher(k).matches()) {
                throw new IllegalArgumentException("preset parameter names are letters, digits, '_', '.', '-'");
            }
            sorted.put(k, Names.text("preset parameter " + k, v, 1000));
        });
        parameters = Collections.unmodifiableMap(sorted);
        if (resource.isEmpty() && parameters.isEmpty()) {
            throw new IllegalArgumentException("a preset for " + tool + " needs a resource or parameters");
        }
    }

    /**
     * The resource's text as this preset opens it: each {@code key = value} line (first {@code =}, spaces around the
     * key ignored, comment lines starting with {@code #} left alone) whose key is one of {@link #parameters()} gets
     * that parameter's value; other lines, and texts without such lines, stay as they are.
     */
    public String applyTo(String text) {
        if (parameters.isEmpty() || text == null || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        for (String line : text.split("(?<=\\n)", -1)) {
            int eq = line.indexOf('=');
            String key = eq < 0 ? "" : line.substring(0, eq).strip();
            if (eq > 0 && !line.stripLeading().startsWith("#") && parameters.containsKey(key)) {
                String end = line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
                out.append(line, 0, eq + 1).append(' ').append(parameters.get(key)).append(end);
            } else {
                out.append(line);
            }
        }
        return out.toString();
    }

    /** A {@code .nnet} model from the bundle, opened in the model editor. */
    public static Preset model(String nnetResource) {
        return new Preset(MODEL_EDITOR, nnetResource, Map.of());
    }

    /** One layer in the conv calculator, e.g. {@code in=7x7, k=3, s=2, p=1}. */
    public static Preset convLayer(Map<String, String> parameters) {
        return new Preset(CONV_CALCULATOR, "", parameters);
    }

    /** A problem in the optimizer trace, e.g. an objective, a start point and an optimizer. */
    public static Preset optimizer(Map<String, String> parameters) {
        return new Preset(OPTIMIZER_TRACE, "", parameters);
    }

    /** A kernel (parameters) over an image from the bundle, in the filter canvas. */
    public static Preset filter(String imageResource, Map<String, String> parameters) {
        return new Preset(FILTER_CANVAS, imageResource, parameters);
    }

    /** A run configuration from the bundle, in the training runner. */
    public static Preset run(String configResource) {
        return new Preset(TRAINING_RUNNER, configResource, Map.of());
    }
}
