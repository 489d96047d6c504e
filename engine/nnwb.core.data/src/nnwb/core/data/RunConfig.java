package nnwb.core.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnwb.core.templates.Templates;

/**
 * Everything a training run needs, as a user writes it in the run dialog, in a {@code .nnrun} file
 * ({@link RunConfigJson}) or on the command line. The model is exactly one of a bundled template, a {@code .nnet}
 * file or inline {@code .nnet} text; {@code symbols} give model symbols values (a model's {@code classes} or
 * {@code NC}, when not given, follow the dataset's classes).
 *
 * @param name         shown in lists and used for the run folder
 * @param template     a template name, or null
 * @param modelFile    a path to a .nnet file (relative paths against the configuration's folder), or null
 * @param modelText    .nnet text, or null
 * @param symbols      symbol values for the model
 * @param dataset      a {@link DatasetSpec} string
 * @param optimizer    the optimizer
 * @param learningRate step size
 * @param momentum     momentum coefficient (momentum, nesterov)
 * @param beta1        Adam's first-moment decay
 * @param beta2        Adam's second-moment decay (RMSProp's decay)
 * @param epsilon      added to denominators (Adam, RMSProp, AdaGrad)
 * @param weightDecay  L2 weight decay coefficient, 0 for none
 * @param dropout      probability of dropping an input of each fully connected layer, 0 for none
 * @param batch        examples per step
 * @param epochs       passes over the training set
 * @param seed         seed of the initialisation and the shuffling
 * @param backend      cpu, cuda or auto: the backend the run asks for
 * @param layers       per-layer options (frozen, initial kernels), at most one per layer; empty for none
 */
public record RunConfig(String name, String template, String modelFile, String modelText, Map<String, Long> symbols,
        String dataset, Optimizer optimizer, double learningRate, double momentum, double beta1, double beta2,
        double epsilon, double weightDecay, double dropout, int batch, int epochs, long seed, String backend,
        List<LayerOption> layers) {

    /** Backends a configuration may name. */
    public static final List<String> BACKENDS = List.of("cpu", "cuda", "auto");
    /** Most epochs and largest batch accepted. */
    public static final int MAX_EPOCHS = 10_000;
    public static final int MAX_BATCH = 65_536;

    public RunConfig {
        symbols = symbols == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(symbols));
        name = name == null ? "" : name;
        backend = backend == null ? "cpu" : backend.toLowerCase(Locale.ROOT);
        layers = layers == null ? List.of() : List.copyOf(layers);
    }

    /** Without per-layer options. */
    public RunConfig(String name, String template, String modelFile, String modelText, Map<String, Long> symbols,
            String dataset, Optimizer optimizer, double learningRate, double momentum, double beta1, double beta2,
            double epsilon, double weightDecay, double dropout, int batch, int epochs, long seed, String backend) {
        this(name, template, modelFile, modelText, symbols, dataset, optimizer, learningRate, momentum, beta1, beta2, epsilon,
                weightDecay, dropout, batch, epochs, seed, backend, List.of());
    }

    /** A configuration on a template with Adam 1e-3, batch 16, 10 epochs, seed 1, CPU. */
    public static RunConfig of(String name, String template, String dataset) {
        return new RunConfig(name, template, null, null, Map.of(), dataset, Optimizer.ADAM, 1e-3, 0.9, 0.9, 0.999, 1e-8, 0, 0,
                16, 10, 1, "cpu");
    }

    /** What is wrong with this configuration, one sentence each; empty when it can run. */
    public List<String> validate() {
        List<String> p = new ArrayList<>();
        int models = (template != null ? 1 : 0) + (modelFile != null ? 1 : 0) + (modelText != null ? 1 : 0);
        if (models != 1) {
            p.add(models == 0 ? "Choose a model: a template, a .nnet file or model text."
                    : "Give only one model: a template, a .nnet file or model text.");
        }
        if (template != null && !Templates.exists(template)) {
            p.add("No template '" + template + "' (known: " + String.join(", ", Templates.NAMES) + ").");
        }
        if (modelFile != null && !modelFile.strip().endsWith(".nnet")) {
            p.add("The model file must end in .nnet, got '" + modelFile + "'.");
        }
        if (modelText != null && modelText.isBlank()) {
            p.add("The model text is empty.");
        }
        try {
            DatasetSpec.parse(dataset);
        } catch (IllegalArgumentException e) {
            p.add("Dataset: " + e.getMessage() + ".");
        }
        if (optimizer == null) {
            p.add("Choose an optimizer.");
        }
        positive(p, "The learning rate", learningRate, 10);
        range(p, "The momentum", momentum, 0, 1, false);
        range(p, "beta1", beta1, 0, 1, false);
        range(p, "beta2", beta2, 0, 1, false);
        positive(p, "epsilon", epsilon, 1);
        range(p, "The weight decay", weightDecay, 0, 1, true);
        range(p, "The dropout probability", dropout, 0, 1, true);
        if (dropout >= 1) {
            p.add("The dropout probability must be below 1.");
        }
        if (batch < 1 || batch > MAX_BATCH) {
            p.add("The batch size must be 1.." + MAX_BATCH + ", got " + batch + ".");
        }
        if (epochs < 1 || epochs > MAX_EPOCHS) {
            p.add("Epochs must be 1.." + MAX_EPOCHS + ", got " + epochs + ".");
        }
        if (seed < 0) {
            p.add("The seed must be >= 0, got " + seed + ".");
        }
        if (!BACKENDS.contains(backend)) {
            p.add("The backend must be cpu, cuda or auto, got '" + backend + "'.");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (LayerOption o : layers) {
            if (!seen.add(o.layer())) {
                p.add("Layer " + o.layer() + " has two sets of options; give one.");
            }
            try {
                o.kernelValues();
            } catch (IllegalArgumentException e) {
                p.add(e.getMessage());
            }
        }
        for (Map.Entry<String, Long> e : symbols.entrySet()) {
            if (e.getValue() == null || e.getValue() < 1) {
                p.add("Symbol " + e.getKey() + " must be a positive whole number.");
            }
        }
        return p;
    }

    private static void positive(List<String> p, String what, double v, double max) {
        if (!(v > 0 && v <= max)) {
            p.add(what + " must be above 0 and at most " + max + ", got " + v + ".");
        }
    }

    private static void range(List<String> p, String what, double v, double lo, double hi, boolean closedLow) {
        if (!(v >= lo && v <= hi)) {
            p.add(what + " must be in " + lo + ".." + hi + ", got " + v + ".");
        }
    }

    /** Where the model comes from, in words. */
    public String modelLabel() {
        return template != null ? "template " + template : modelFile != null ? modelFile : "inline model";
    }

    /** One line: name, model, data, optimizer and numbers. */
    public String summary() {
        return String.format(Locale.ROOT, "%s: %s on %s, %s lr %s, batch %d, %d epochs, seed %d%s%s%s", name, modelLabel(),
                dataset, optimizer == null ? "?" : optimizer.label(), learningRate, batch, epochs, seed,
                weightDecay > 0 ? ", weight decay " + weightDecay : "", dropout > 0 ? ", dropout " + dropout : "",
                layers.isEmpty() ? "" : "; " + String.join("; ", layers.stream().map(LayerOption::summary).toList()));
    }

    public RunConfig withName(String n) {
        return new RunConfig(n, template, modelFile, modelText, symbols, dataset, optimizer, learningRate, momentum, beta1,
                beta2, epsilon, weightDecay, dropout, batch, epochs, seed, backend, layers);
    }

    public RunConfig withBatch(int b) {
        return new RunConfig(name, template, modelFile, modelText, symbols, dataset, optimizer, learningRate, momentum, beta1,
                beta2, epsilon, weightDecay, dropout, b, epochs, seed, backend, layers);
    }

    public RunConfig withOptimizer(Optimizer o) {
        return new RunConfig(name, template, modelFile, modelText, symbols, dataset, o, learningRate, momentum, beta1, beta2,
                epsilon, weightDecay, dropout, batch, epochs, seed, backend, layers);
    }

    public RunConfig withSeed(long s) {
        return new RunConfig(name, template, modelFile, modelText, symbols, dataset, optimizer, learningRate, momentum, beta1,
                beta2, epsilon, weightDecay, dropout, batch, epochs, s, backend, layers);
    }

    public RunConfig withEpochs(int e) {
        return new RunConfig(name, template, modelFile, modelText, symbols, dataset, optimizer, learningRate, momentum, beta1,
                beta2, epsilon, weightDecay, dropout, batch, e, seed, backend, layers);
    }

    public RunConfig withDataset(String d) {
        return new RunConfig(name, template, modelFile, modelText, symbols, d, optimizer, learningRate, momentum, beta1, beta2,
                epsilon, weightDecay, dropout, batch, epochs, seed, backend, layers);
    }

    public RunConfig withLearningRate(double lr) {
        return new RunConfig(name, template, modelFile, modelText, symbols, dataset, optimizer, lr, momentum, beta1, beta2,
                epsilon, weightDecay, dropout, batch, epochs, seed, backend, layers);
    }

    public RunConfig withModelText(String text) {
        return new RunConfig(name, null, null, text, symbols, dataset, optimizer, learningRate, momentum, beta1, beta2,
                epsilon, weightDecay, dropout, batch, epochs, seed, backend, layers);
    }

    public RunConfig withTemplate(String t) {
        return new RunConfig(name, t, null, null, symbols, dataset, optimizer, learningRate, momentum, beta1, beta2,
                epsilon, weightDecay, dropout, batch, epochs, seed, backend, layers);
    }

    public RunConfig withModelFile(String f) {
        return new RunConfig(name, null, f, null, symbols, dataset, optimizer, learningRate, momentum, beta1, beta2,
                epsilon, weightDecay, dropout, batch, epochs, seed, backend, layers);
    }

    public RunConfig withSymbols(Map<String, Long> s) {
        return new RunConfig(name, template, modelFile, modelText, s, dataset, optimizer, learningRate, momentum, beta1, beta2,
                epsilon, weightDecay, dropout, batch, epochs, seed, backend, layers);
    }

    public RunConfig withRegularisation(double wd, double drop) {
        return new RunConfig(name, template, modelFile, modelText, symbols, dataset, optimizer, learningRate, momentum, beta1,
                beta2, epsilon, wd, drop, batch, epochs, seed, backend, layers);
    }

    /** With these per-layer options. */
    public RunConfig withLayers(List<LayerOption> l) {
        return new RunConfig(name, template, modelFile, modelText, symbols, dataset, optimizer, learningRate, momentum, beta1,
                beta2, epsilon, weightDecay, dropout, batch, epochs, seed, backend, l);
    }

    /** With the momentum {@code m}. */
    public RunConfig withMomentum(double m) {
        return new RunConfig(name, template, modelFile, modelText, symbols, dataset, optimizer, learningRate, m, beta1,
                beta2, epsilon, weightDecay, dropout, batch, epochs, seed, backend, layers);
    }

    /** The options of layer {@code name}, or null. */
    public LayerOption layer(String name) {
        return layers.stream().filter(o -> o.layer().equals(name)).findFirst().orElse(null);
    }
}
