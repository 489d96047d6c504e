package nnwb.compute.dl4j.kernels;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.LayerHelper;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Which layer kernels a network built by the compute service runs on: {@code nnwb.compute.kernels=dl4j} (the
 * default: DL4J's own helpers, oneDNN 2.3 inside libnd4j) or {@code onednn3} (the {@link LayerKernels} service of
 * nnwb.compute.onednn3). {@link #install} puts the chosen kernels' helper into each 2-D convolution layer of a
 * built, initialised network, through DL4J's protected {@code ConvolutionLayer.helper} field (reflection: DL4J has
 * no setter; both bundles see DL4J's classes on the class path of nnwb.dl4j, which is not modular). Whatever
 * cannot run on the chosen kernels keeps DL4J's helper, and the reason is reported, never thrown.
 *
 * <p>The service arrives through Declarative Services ({@link #provide}); the holder is static because networks
 * are built in several places (the service, the trainer, the benchmark) that all run on the compute worker.
 */
public final class Kernels {

    public static final String PROPERTY = "nnwb.compute.kernels";
    public static final String DL4J = "dl4j";
    public static final String ONEDNN3 = "onednn3";

    private static volatile LayerKernels provider;
    private static volatile Report last;

    /**
     * What {@link #install} did.
     *
     * @param requested the choice ({@code dl4j}, {@code onednn3}, or what the property said)
     * @param installed how many layers run on the requested kernels
     * @param fallbacks one line per reason that DL4J's path stays (for the whole network or one layer)
     */
    public record Report(String requested, int installed, List<String> fallbacks) {
        public Report {
            fallbacks = List.copyOf(fallbacks);
        }

        /** One line for {@code BackendInfo.details()}. */
        public String line() {
            if (DL4J.equals(requested)) {
                return DL4J;
            }
            String s = requested + ": " + installed + " convolution layer" + (installed == 1 ? "" : "s");
            return fallbacks.isEmpty() ? s : s + "; DL4J's path for the rest: " + String.join("; ", fallbacks);
        }
    }

    private Kernels() {
    }

    /** Declarative Services: the kernels service appeared. */
    public static void provide(LayerKernels k) {
        provider = k;
    }

    /** Declarative Services: the kernels service went away. */
    public static void withdraw(LayerKernels k) {
        if (provider == k) {
            provider = null;
        }
    }

    /** The service, or null when no bundle offers one. */
    public static LayerKernels provider() {
        return provider;
    }

    /** The system property's choice, lower case; {@code dl4j} when unset. */
    public static String chosen() {
        return System.getProperty(PROPERTY, DL4J).trim().toLowerCase(Locale.ROOT);
    }

    /** The last install's report, or null before any. */
    public static Report last() {
        return last;
    }

    /**
     * A line on the choice before any network exists, for {@code BackendInfo.details()}: the kernels' library,
     * or why DL4J's path is used instead.
     */
    public static String startLine() {
        String choice = chosen();
        if (DL4J.equals(choice)) {
            return DL4J;
        }
        String why = whyNot(choice, provider);
        return why == null ? choice + " (" + provider.description() + ")" : DL4J + " (" + why + ")";
    }

    /** Installs the system property's choice with the service at hand. */
    public static Report install(Model net) {
        return install(net, chosen(), provider);
    }

    /** Installs {@code choice} ({@code dl4j} or the name of {@code kernels}) into {@code net}'s layers. */
    public static Report install(Model net, String choice, LayerKernels kernels) {
        Report r = installQuietly(net, choice, kernels);
        last = r;
        return r;
    }

    private static String whyNot(String choice, LayerKernels kernels) {
        if (!ONEDNN3.equals(choice)) {
            return "unknown " + PROPERTY + "=" + choice + " (" + DL4J + " or " + ONEDNN3 + ")";
        }
        if (kernels == null || !choice.equals(kernels.name())) {
            return choice + " requested but the bundle nnwb.compute.onednn3 is not installed or not started"
                    + " (it needs Java 22 or newer)";
        }
        String why = kernels.unavailable();
        return why == null ? null : choice + " unavailable: " + why;
    }

    private static Report installQuietly(Model net, String choice, LayerKernels kernels) {
        if (DL4J.equals(choice)) {
            return new Report(DL4J, 0, List.of());
        }
        String why = whyNot(choice, kernels);
        if (why != null) {
            return new Report(choice, 0, List.of(why));
        }
        List<String> fallbacks = new ArrayList<>();
        int installed = 0;
        for (Layer layer : layers(net)) {
            if (layer.getClass() != ConvolutionLayer.class) { // not its subclasses (1-D, depthwise, separable...)
                continue;
            }
            var conf = (org.deeplearning4j.nn.conf.layers.ConvolutionLayer) layer.conf().getLayer();
            String name = conf.getLayerName() == null ? "layer " + layer.getIndex() : conf.getLayerName();
            try {
                ConvolutionHelper h = kernels.convolution(conf, layer.getParam("W").dataType(), first(net, layer));
                setHelper((ConvolutionLayer) layer, h);
                installed++;
            } catch (LayerKernels.KernelRefusal e) {
                fallbacks.add(name + ": " + e.getMessage());
            } catch (RuntimeException | LinkageError e) {
                fallbacks.add(name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return new Report(choice, installed, fallbacks);
    }

    private static Layer[] layers(Model net) {
        if (net instanceof MultiLayerNetwork m) {
            return m.getLayers();
        }
        if (net instanceof ComputationGraph g) {
            return g.getLayers();
        }
        return new Layer[0];
    }

    /** Whether nothing before {@code layer} needs its input gradient: it reads the network's input directly. */
    static boolean first(Model net, Layer layer) {
        if (net instanceof MultiLayerNetwork) {
            return layer.getIndex() == 0;
        }
        if (net instanceof ComputationGraph g) {
            String name = layer.conf().getLayer().getLayerName();
            Map<String, List<String>> inputs = g.getConfiguration().getVertexInputs();
            List<String> in = inputs.get(name);
            return in != null && g.getConfiguration().getNetworkInputs().containsAll(in);
        }
        return false;
    }

    /** DL4J's helper of a convolution layer (null when none). */
    public static LayerHelper helper(Layer layer) {
        return layer.getHelper();
    }

    /**
     * How often DL4J caught an exception from the layer's helper and took its built-in path instead
     * ({@code helperCountFail}); 0 for a layer that is no 2-D convolution.
     */
    public static int failures(Layer layer) {
        if (!(layer instanceof ConvolutionLayer)) {
            return 0;
        }
        try {
            Field fails = ConvolutionLayer.class.getDeclaredField("helperCountFail");
            fails.setAccessible(true);
            return fails.getInt(layer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Puts {@code h} into the layer as its helper (DL4J's protected field), its failure count reset. */
    public static void setHelper(ConvolutionLayer layer, ConvolutionHelper h) {
        try {
            Field f = ConvolutionLayer.class.getDeclaredField("helper");
            f.setAccessible(true);
            f.set(layer, h);
            Field fails = ConvolutionLayer.class.getDeclaredField("helperCountFail");
            fails.setAccessible(true);
            fails.setInt(layer, 0);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("DL4J's ConvolutionLayer has no helper field to set: " + e, e);
        }
    }
}
