package nnwb.train.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.compute.ComputeException;
import nnwb.compute.ComputeService;
import nnwb.compute.train.EpochMetrics;
import nnwb.core.data.MemoryPrediction;
import nnwb.core.data.RunConfig;
import nnwb.core.json.Json;
import nnwb.core.memory.Dl4jConvention;
import nnwb.train.MemoryBudget;
import nnwb.train.PreparedRun;
import nnwb.train.RunFolder;
import nnwb.train.RunJson;
import nnwb.train.RunProblem;
import nnwb.train.RunResult;
import nnwb.train.TrainingRunner;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nnwb train}: one training run through the compute service, with the engine's memory prediction beside it. */
@Component(service = Command.class)
@CommandLine.Command(name = "train", description = "train a model on a dataset; per-epoch metrics, peak memory and the engine's prediction",
        footer = {"",
                "Builds the model through the engine's analysis (ModelGraphs), trains it with DL4J on the compute service and",
                "writes a run folder (run.nnrun, metrics.csv, iterations.csv, memory.csv, confusion.csv, prediction.json,",
                "result.json, model.zip, status) to --out DIR (default runs/NAME-TIME), checked before training; the",
                "metrics after every epoch, a model checkpoint after the first and then at most every 5 s. Ctrl-C or SIGTERM stops the run after the",
                "current step: it ends as \"interrupted\" (status file, stderr) with the epochs it finished. A run the",
                "engine predicts above the backend's memory is refused unless --force. momentum trains as DL4J's Nesterov momentum.",
                "--freeze conv1 keeps a layer's weights and biases as they start (SGD at learning rate 0, no weight decay; model.zip",
                "stays a plain DL4J model); --init conv1=sobel-x,sobel-y starts a convolution with one kernel per output channel",
                "(the same kernel on every input channel, biases 0). A run configuration holds both as \"layers\".",
                "peakMemoryBytes: the run's own ND4J host memory: its training thread's workspaces plus its parameters,",
                "gradients, optimizer state and minibatch (not other runs in the JVM, e.g. a Spark executor's other task",
                "slots), read at fixed points of every step; predictedMemoryBytes:",
                "the engine's parameters + gradients + optimizer state + activations for this batch and optimizer.",
                "JSON (--json): {\"epochs\": [{\"epoch\", \"trainLoss\", \"trainAccuracy\", \"valLoss\", \"valAccuracy\", \"seconds\"}],",
                "  \"final\": {\"valAccuracy\", \"valLoss\"}, \"peakMemoryBytes\", \"predictedMemoryBytes\", \"examplesPerSecond\",",
                "  \"timings\": {seconds by phase: \"build\", \"steps\", \"evaluate\", \"checkpoint\", ...; \"firstStepAt\", \"lastEpochAt\" in ms}}",
                "Exit codes: 0 ok, 2 bad input (options, model, data), 1 the run failed (e.g. out of memory)."})
public final class TrainCommand extends CommandBase {

    @Mixin
    private RunOptions options = new RunOptions();
    @Option(names = "--out", paramLabel = "DIR", description = "the run folder to write (default runs/NAME-TIME)")
    private Path out;
    @Option(names = "--force", description = "train even when the engine predicts more memory than the backend has")
    private boolean force;
    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComputeService compute;

    /** For Declarative Services. */
    public TrainCommand() {
    }

    /** Over the given service (tests). */
    public TrainCommand(ComputeService compute) {
        this.compute = compute;
    }

    @Override
    public Integer call() throws UsageException {
        RunConfig c = options.config();
        ComputeService service = compute;
        if (service == null) {
            throw new IllegalStateException("the compute service is not installed (feature nnwb.compute.feature)");
        }
        TrainingRunner runner = new TrainingRunner(service, options.base());
        PreparedRun p;
        try {
            p = runner.prepare(c);
        } catch (RunProblem e) {
            throw new UsageException(e.getMessage());
        }
        if (!force) {
            MemoryBudget budget = MemoryBudget.of(service);
            if (!budget.fits(p.prediction().total())) {
                throw new UsageException(String.format(Locale.ROOT, "the engine predicts %,d B for this run, above %,d B (%s);"
                        + " use a smaller batch or model, or --force to train anyway", p.prediction().total(), budget.bytes(),
                        budget.source()));
            }
        }
        Path folder = RunOutput.prepare(out != null ? out : RunFolder.fresh(Path.of("runs"), c.name()));
        PrintWriter o = out();
        if (!json()) {
            o.println("run: " + c.summary());
            o.println("data: " + p.dataset().description());
            o.println("predicted memory (engine): " + prediction(p.prediction()));
            o.printf("%5s %10s %9s %10s %9s %8s%n", "epoch", "trainLoss", "trainAcc", "valLoss", "valAcc", "seconds");
            o.flush();
        }
        RunResult r;
        RunInterrupt interrupt = RunInterrupt.install();
        try {
            r = runner.run(p, folder, json() ? null : new nnwb.train.RunListener() {
                @Override
                public void epoch(EpochMetrics e) {
                    o.printf(Locale.ROOT, "%5d %10.4f %9.3f %10.4f %9.3f %8.2f%n", e.epoch(), e.trainLoss(), e.trainAccuracy(),
                            e.valLoss(), e.valAccuracy(), e.seconds());
                    o.flush();
                }
            }, interrupt::requested);
        } catch (ComputeException e) {
            spec.commandLine().getErr().println("nnwb train: " + e.getMessage());
            return 1;
        } finally {
            interrupt.done();
        }
        if (r.cancelled()) {
            spec.commandLine().getErr().println("nnwb train: interrupted after " + r.epochs().size() + " epoch"
                    + (r.epochs().size() == 1 ? "" : "s") + "; the run folder " + folder.toAbsolutePath() + " keeps them");
            spec.commandLine().getErr().flush();
        }
        if (json()) {
            o.println(Json.write(RunJson.run(r)));
        } else {
            o.printf(Locale.ROOT, "final validation accuracy %.3f, loss %.4f%n", r.valAccuracy(), r.valLoss());
            o.printf(Locale.ROOT, "peak memory %,d B (ND4J off-heap above the start); predicted %,d B; measured/predicted %.2f%n",
                    r.peakMemoryBytes(), r.prediction().total(), r.memoryRatio());
            Long dl4j = r.prediction().byConvention().get(Dl4jConvention.NAME);
            if (dl4j != null) {
                o.printf(Locale.ROOT, "dl4j prediction (what DL4J/ND4J allocates) %,d B; measured/dl4j %.2f%n", dl4j,
                        (double) r.peakMemoryBytes() / dl4j);
            }
            o.printf(Locale.ROOT, "examples/s %.1f; run folder %s%n", r.examplesPerSecond(), folder.toAbsolutePath());
            for (String n : r.notes()) {
                o.println("note: " + n);
            }
        }
        return 0;
    }

    static String prediction(MemoryPrediction m) {
        return String.format(Locale.ROOT, "%,d B = parameters %,d + gradients %,d + optimizer state %,d + activations %,d (batch %d)",
                m.total(), m.parameters(), m.gradients(), m.optimizerState(), m.activations(), m.batch());
    }
}
