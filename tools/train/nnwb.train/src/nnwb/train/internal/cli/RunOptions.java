package nnwb.train.internal.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnwb.cli.UsageException;
import nnwb.core.TextFiles;
import nnwb.core.data.LayerOption;
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.core.data.RunConfigJson;
import nnwb.train.experiments.Experiment;
import nnwb.train.experiments.Experiments;
import picocli.CommandLine.Option;

/** The options of one run, shared by {@code train} and {@code sweep}; given flags override a {@code --config} file. */
final class RunOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "a run configuration (.nnrun JSON); flags override it")
    Path config;
    @Option(names = "--experiment", paramLabel = "ID", description = "a ready coursework experiment (e.g. cnn-vs-mlp-20, "
            + "domain-shift, permuted, pooling-more-classes, colourisation, batch-size); flags override it")
    String experiment;
    @Option(names = "--run", paramLabel = "N", description = "which of the experiment's runs (default 1)")
    Integer run;
    @Option(names = "--model", paramLabel = "FILE", description = "a .nnet model file")
    String model;
    @Option(names = "--template", paramLabel = "NAME", description = "a bundled template, e.g. edge-cnn")
    String template;
    @Option(names = "--set", paramLabel = "NAME=N", description = "a model symbol's value (repeatable); classes and NC follow the data")
    List<String> set;
    @Option(names = "--data", paramLabel = "SPEC", description = "edges[:per-class=N,shift=top,permute=true,classes=N,...], "
            + "colour[:train=N,cifar=DIR,...], mnist[:DIR] or cifar10[:DIR] (no DIR: the data cache, see nnwb data get; "
            + "default edges)")
    String data;
    @Option(names = "--optimizer", paramLabel = "NAME", description = "sgd, momentum, nesterov, rmsprop, adagrad, adam (default adam)")
    String optimizer;
    @Option(names = "--lr", paramLabel = "X", description = "learning rate (default 0.001)")
    Double lr;
    @Option(names = "--momentum", paramLabel = "X", description = "momentum (default 0.9)")
    Double momentum;
    @Option(names = "--weight-decay", paramLabel = "X", description = "weight decay (default 0)")
    Double weightDecay;
    @Option(names = "--dropout", paramLabel = "P", description = "dropout before fully connected layers (default 0)")
    Double dropout;
    @Option(names = "--batch", paramLabel = "N", description = "batch size (default 16)")
    Integer batch;
    @Option(names = "--epochs", paramLabel = "N", description = "epochs (default 10)")
    Integer epochs;
    @Option(names = "--seed", paramLabel = "S", description = "seed of initialisation and shuffling (default 1)")
    Long seed;
    @Option(names = "--name", paramLabel = "TEXT", description = "the run's name (default: the model's)")
    String name;
    @Option(names = "--freeze", paramLabel = "LAYER", description = "never update this layer's parameters (repeatable; "
            + "a conv or fc layer of the model, e.g. conv1)")
    List<String> freeze;
    @Option(names = "--init", paramLabel = "LAYER=K,K,...", description = "start convolution LAYER with these kernels, one per "
            + "output channel: filter-canvas presets (sobel-x, sobel-y, laplacian, blur, prewitt-x, ...) or rows in brackets, "
            + "e.g. conv1=sobel-x,sobel-y,[0,1,0;1,-4,1;0,1,0] (repeatable)")
    List<String> init;

    /** The configuration the options describe; bad values are usage errors. */
    RunConfig config() throws UsageException {
        RunConfig c = RunConfig.of("run", null, "edges");
        if (config != null) {
            String text;
            try {
                text = TextFiles.read(config);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--config " + config + " " + e.getMessage());
            }
            try {
                c = RunConfigJson.read(text);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--config " + config + ": " + String.valueOf(e.getMessage()).lines().findFirst()
                        .orElse("not a run configuration"));
            }
        }
        if (experiment != null) {
            if (config != null) {
                throw new UsageException("give --config or --experiment, not both");
            }
            c = experiment();
        } else if (run != null) {
            throw new UsageException("--run selects a run of an --experiment");
        }
        if (model != null && template != null) {
            throw new UsageException("give --model or --template, not both");
        }
        if (model != null) {
            c = c.withModelFile(model);
        } else if (template != null) {
            c = c.withTemplate(template);
        } else if (config == null && experiment == null) {
            throw new UsageException("give a model: --model FILE or --template NAME (e.g. edge-cnn), or --experiment ID");
        }
        if (set != null) {
            Map<String, Long> sym = new LinkedHashMap<>(c.symbols());
            for (String s : set) {
                int eq = s.indexOf('=');
                try {
                    sym.put(s.substring(0, eq).strip(), Long.parseLong(s.substring(eq + 1).strip()));
                } catch (RuntimeException e) {
                    throw new UsageException("--set expects NAME=N with a whole number, got '" + s + "'");
                }
            }
            c = c.withSymbols(sym);
        }
        if (data != null) {
            c = c.withDataset(data);
        }
        if (optimizer != null) {
            try {
                c = c.withOptimizer(Optimizer.parse(optimizer));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (lr != null) {
            c = c.withLearningRate(lr);
        }
        if (momentum != null) {
            c = c.withMomentum(momentum);
        }
        if (weightDecay != null || dropout != null) {
            c = c.withRegularisation(weightDecay != null ? weightDecay : c.weightDecay(), dropout != null ? dropout : c.dropout());
        }
        if (batch != null) {
            c = c.withBatch(batch);
        }
        if (epochs != null) {
            c = c.withEpochs(epochs);
        }
        if (seed != null) {
            c = c.withSeed(seed);
        }
        if (freeze != null || init != null) {
            c = c.withLayers(layers(c.layers()));
        }
        if (name != null) {
            c = c.withName(name);
        } else if (config == null && experiment == null) {
            c = c.withName(template != null ? template : Path.of(model).getFileName().toString().replace(".nnet", ""));
        }
        List<String> problems = c.validate();
        if (!problems.isEmpty()) {
            throw new UsageException(problems.get(0));
        }
        return c;
    }

    /** {@code given} with --freeze and --init applied: an --init replaces the layer's kernels, --freeze adds frozen. */
    private List<LayerOption> layers(List<LayerOption> given) throws UsageException {
        Map<String, LayerOption> by = new LinkedHashMap<>();
        given.forEach(o -> by.put(o.layer(), o));
        for (String s : init == null ? List.<String>of() : init) {
            int eq = s.indexOf('=');
            if (eq <= 0 || s.substring(0, eq).isBlank()) {
                throw new UsageException("--init expects LAYER=KERNEL,KERNEL,..., got '" + s + "'");
            }
            String layer = s.substring(0, eq).strip();
            List<String> kernels;
            try {
                kernels = LayerOption.splitKernels(s.substring(eq + 1));
                new LayerOption(layer, false, kernels).kernelValues();
            } catch (IllegalArgumentException e) {
                throw new UsageException("--init " + layer + ": " + e.getMessage());
            }
            LayerOption old = by.get(layer);
            by.put(layer, new LayerOption(layer, old != null && old.frozen(), kernels));
        }
        for (String f : freeze == null ? List.<String>of() : freeze) {
            String layer = f.strip();
            if (layer.isEmpty()) {
                throw new UsageException("--freeze expects a layer name, e.g. conv1");
            }
            LayerOption old = by.get(layer);
            by.put(layer, new LayerOption(layer, true, old == null ? List.of() : old.kernels()));
        }
        return List.copyOf(by.values());
    }

    /** The experiment's configuration: its run {@code --run} (from 1), or a sweep's base. */
    RunConfig experiment() throws UsageException {
        Experiment e = Experiments.byId(experiment);
        if (e == null) {
            throw new UsageException("no experiment '" + experiment + "' (known: "
                    + String.join(", ", Experiments.all().stream().map(Experiment::id).toList()) + ")");
        }
        if (e.isSweep()) {
            if (run != null && run != 1) {
                throw new UsageException(experiment + " is a sweep with one configuration");
            }
            return e.sweepBase();
        }
        int n = run == null ? 1 : run;
        if (n < 1 || n > e.runs().size()) {
            throw new UsageException(experiment + " has runs 1.." + e.runs().size() + ", got --run " + n);
        }
        return e.runs().get(n - 1);
    }

    /** The experiment named by --experiment, or null. */
    Experiment experimentOrNull() {
        return experiment == null ? null : Experiments.byId(experiment);
    }

    /** Where relative model files are found: the configuration file's folder, else the working directory. */
    Path base() {
        return config != null && config.toAbsolutePath().getParent() != null ? config.toAbsolutePath().getParent()
                : Path.of("").toAbsolutePath();
    }
}
