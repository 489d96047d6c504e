package nnwb.core.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import nnwb.core.TextFiles;
import nnwb.core.analysis.AnalysisOptions;
import nnwb.core.analysis.AnalysisReport;
import nnwb.core.analysis.Analyzer;
import nnwb.core.graph.Node;
import nnwb.core.graph.Shape;
import nnwb.core.model.ModelParser;
import nnwb.core.model.NetworkModel;
import nnwb.core.templates.Templates;

/**
 * The model of a {@link RunConfig}, read and analysed for a dataset: its {@code .nnet} text (template, file or
 * inline), and the engine's analysis at the run's batch with symbols filled in from the data where the
 * configuration leaves them open: {@code classes} and {@code NC} take the dataset's classes, {@code NIC} its
 * channels, {@code size} its image side.
 */
public final class RunModel {

    private RunModel() {
    }

    /**
     * The .nnet text; {@code base} resolves a relative model file (null: the working directory).
     *
     * @throws IllegalArgumentException when the file cannot be read or the template is unknown
     */
    public static String text(RunConfig c, Path base) {
        if (c.template() != null) {
            return Templates.text(c.template());
        }
        if (c.modelText() != null) {
            return c.modelText();
        }
        if (c.modelFile() == null) {
            throw new IllegalArgumentException("the run configuration names no model");
        }
        Path p = Path.of(c.modelFile());
        if (!p.isAbsolute() && base != null) {
            p = base.resolve(p);
        }
        try {
            return TextFiles.read(p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model file " + p + " " + e.getMessage());
        }
    }

    /** Analysis options: the configuration's symbols, then the data's for symbols the model declares, fp32. */
    public static AnalysisOptions options(String text, Map<String, Long> symbols, int channels, int side, int classes,
            long batch) {
        NetworkModel model = ModelParser.parse(text);
        AnalysisOptions o = AnalysisOptions.defaults().withBatch(batch);
        for (Map.Entry<String, Long> e : symbols.entrySet()) {
            o = o.with(e.getKey(), e.getValue());
        }
        for (String s : List.of("classes", "NC")) {
            if (model.symbol(s) != null && !symbols.containsKey(s)) {
                o = o.with(s, classes);
            }
        }
        if (model.symbol("NIC") != null && !symbols.containsKey("NIC")) {
            o = o.with("NIC", channels);
        }
        if (side > 0 && model.symbol("size") != null && !symbols.containsKey("size")) {
            o = o.with("size", side);
        }
        return o;
    }

    /** The analysis at {@code batch} for data of the given shape. */
    public static AnalysisReport analyze(String text, Map<String, Long> symbols, int channels, int height, int width,
            int classes, long batch) {
        return Analyzer.analyze(text, options(text, symbols, channels, height == width ? height : -1, classes, batch));
    }

    /**
     * Why the model cannot train on the data (first error, input shape, output shape), or null when it can. A
     * classifier ends in a vector of one value per class; a pixel classifier in one map per class of the input's
     * size.
     */
    public static String mismatch(AnalysisReport r, int channels, int height, int width, int classes, boolean pixelLabels) {
        if (r.hasErrors()) {
            return "the model has an error: " + r.firstError();
        }
        if (r.symbolic()) {
            return "the model's sizes are symbolic; give its symbols values";
        }
        List<Node> nodes = r.graph().nodes();
        if (nodes.size() < 2) {
            return "the model has no layers";
        }
        Shape in = nodes.get(0).outputShape();
        String want = channels + "x" + height + "x" + width;
        if (in.rank() != 2 || in.channels().longValue() != channels || in.spatial().get(0).longValue() != height
                || in.spatial().get(1).longValue() != width) {
            if (!(in.isVector() && in.channels().longValue() == (long) channels * height * width)) {
                return "the model's input is " + text(in) + " but the data's images are " + want;
            }
        }
        Shape out = r.graph().output().outputShape();
        if (pixelLabels) {
            if (out.rank() != 2 || out.channels().longValue() != classes || out.spatial().get(0).longValue() != height
                    || out.spatial().get(1).longValue() != width) {
                return "the model's output is " + text(out) + " but colourisation needs " + classes + "x" + height + "x"
                        + width + " (a score per colour and pixel)";
            }
        } else if (out.elements().longValue() != classes || !(out.isVector() || out.spatial().stream().allMatch(s -> s.longValue() == 1))) {
            return "the model's output is " + text(out) + " but the data has " + classes + " classes";
        }
        return null;
    }

    private static String text(Shape s) {
        if (s.isVector()) {
            return s.channels().longValue() + " values";
        }
        StringBuilder b = new StringBuilder().append(s.channels().longValue());
        for (var p : s.spatial()) {
            b.append('x').append(p.longValue());
        }
        return b.toString();
    }
}
