package nnwb.train.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;
import nnwb.core.json.Json;
import nnwb.spark.launch.SparkCliOptions;
import nnwb.spark.launch.SparkOptions;
import nnwb.spark.launch.SparkPaths;
import nnwb.spark.launch.SparkLauncher;
import nnwb.train.MemoryBudget;
import nnwb.train.RunFolder;
import nnwb.train.RunJson;
import nnwb.train.RunProblem;
import nnwb.train.SweepCell;
import nnwb.train.SweepListener;
import nnwb.train.SweepPlan;
import nnwb.train.SweepResult;
import nnwb.train.SweepRunner;
import nnwb.train.TrainingRunner;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nnwb sweep}: a grid of batch sizes x optimizers x seeds, cells predicted not to fit marked before running. */
@Component(service = Command.class)
@CommandLine.Command(name = "sweep", description = "train a grid of batch sizes x optimizers x seeds; memory, time and accuracy per cell",
        footer = {"",
                "Every cell's memory is predicted by the engine first; cells above the budget (--budget, default the",
                "backend's memory: the GPU's, else the native limit org.bytedeco.javacpp.maxbytes) are marked and not run.",
                "Fits and the largest batch are decided from the dl4j prediction (what DL4J/ND4J allocates), not the textbook",
                "count that predictedMemoryBytes keeps; each cell's JSON says so: fitsConvention, fitsPredictedBytes.",
                "The others run one after another, each writing a run folder under --out DIR (default runs/NAME-TIME).",
                "JSON (--json): {\"runs\": [{\"batch\", \"optimizer\", \"seed\", \"fits\", \"epochs\": [...], \"final\",",
                "  \"peakMemoryBytes\", \"predictedMemoryBytes\", \"examplesPerSecond\", \"fitsConvention\", \"fitsPredictedBytes\"}]}",
                "  (nulls for cells not run); peakMemoryBytes is the run's own (see nnwb train --help), also on Spark.",
                "--spark MASTER_URL trains the cells that fit as Spark tasks (job jar: NNWB_SPARK_JOB_JAR; Spark: SPARK_HOME,",
                "else NNWB_SPARK_JARS, a folder of Spark jars); the run folders come back under --out, the JSON is the same.",
                "A resubmission into the same --out skips the runs already there. --out hdfs://... (any URI the cluster's",
                "Hadoop serves) leaves the runs there; JSON then: {\"out\", \"summary\"}. Spark settings: --spark-conf KEY=VALUE",
                "(repeatable), --executor-memory, --executor-cores, --num-executors, --deploy-mode cluster (--out a URI),",
                "--event-log DIR, --spark-ui (off by default), --javacpp-cache DIR.",
                "--export DIR with --spark writes DIR/submit.sh, the job jar and specs.json instead; JSON: {\"export\",",
                "  \"script\", \"command\"}. Import the copied-back DIR/runs in the Training runner. With --out hdfs://...",
                "  the exported job writes the run folders there (and --deploy-mode cluster is possible); DIR itself must be",
                "  a local folder (copy it to the gateway).",
                "Exit codes: 0 ok, 2 bad input."})
public final class SweepCommand extends CommandBase {

    @Mixin
    private RunOptions options = new RunOptions();
    @Mixin
    private SparkCliOptions sparkOptions = new SparkCliOptions();
    @Option(names = "--batches", paramLabel = "LIST", description = "batch sizes (default 4,16,64,256, or the experiment's)")
    private String batches;
    @Option(names = "--optimizers", paramLabel = "LIST", description = "optimizers (default sgd,momentum,adam)")
    private String optimizers;
    @Option(names = "--seeds", paramLabel = "LIST", description = "seeds (default: --seed, or 1)")
    private String seeds;
    @Option(names = "--budget", paramLabel = "SIZE", description = "memory a cell may take, e.g. 512m or 2g")
    private String budget;
    @Option(names = "--out", paramLabel = "DIR", description = "the sweep's folder (default runs/NAME-TIME); with --spark "
            + "also a URI of the cluster's storage (hdfs://..., s3a://...), passed to the job as it is")
    private String out;
    @Option(names = "--spark", paramLabel = "MASTER_URL", description = "train the cells as tasks on a Spark cluster "
            + "(local[N], spark://HOST:7077, yarn, k8s://...) through SPARK_HOME's spark-submit, or NNWB_SPARK_JARS")
    private String spark;
    @Option(names = "--export", paramLabel = "DIR", description = "write the job jar, the specs and the exact spark-submit "
            + "line (DIR/submit.sh) for --spark's master instead of running")
    private String export;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec commandSpec;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ComputeService compute;

    /** Starts {@code --spark} sweeps. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SparkLauncher sparkLauncher;

    /** The Spark launcher service, or a one-line failure when its bundle is not installed. */
    private SparkLauncher sparkLauncher() {
        SparkLauncher launcher = sparkLauncher;
        if (launcher == null) {
            throw new IllegalStateException("the Spark launcher is not installed (bundle nnwb.spark.launch)");
        }
        return launcher;
    }

    /** For Declarative Services. */
    public SweepCommand() {
    }

    /** Over the given service (tests). */
    public SweepCommand(ComputeService compute) {
        this.compute = compute;
    }

    @Override
    public Integer call() throws UsageException {
        RunConfig c = options.config();
        nnwb.train.experiments.Experiment ex = options.experimentOrNull();
        boolean grid = ex != null && ex.isSweep();
        String batchList = batches != null ? batches : grid ? join(ex.batches()) : "4,16,64,256";
        String optimizerList = optimizers != null ? optimizers : grid ? String.join(",", ex.optimizers().stream()
                .map(Optimizer::label).toList()) : "sgd,momentum,adam";
        String seedList = seeds != null ? seeds : grid ? join(ex.seeds()) : Long.toString(c.seed());
        List<Integer> bs = new ArrayList<>();
        for (String b : batchList.split(",")) {
            try {
                int v = Integer.parseInt(b.strip());
                if (v < 1 || v > RunConfig.MAX_BATCH) {
                    throw new NumberFormatException();
                }
                bs.add(v);
            } catch (NumberFormatException e) {
                throw new UsageException("--batches expects batch sizes 1.." + RunConfig.MAX_BATCH + ", got '" + b + "'");
            }
        }
        List<Optimizer> os = new ArrayList<>();
        for (String o : optimizerList.split(",")) {
            try {
                os.add(Optimizer.parse(o));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--optimizers: " + e.getMessage());
            }
        }
        List<Long> ss = new ArrayList<>();
        for (String s : seedList.split(",")) {
            try {
                long v = Long.parseLong(s.strip());
                if (v < 0) {
                    throw new NumberFormatException();
                }
                ss.add(v);
            } catch (NumberFormatException e) {
                throw new UsageException("--seeds expects whole numbers >= 0, got '" + s + "'");
            }
        }
        MemoryBudget limit;
        if (budget != null) {
            try {
                limit = new MemoryBudget(MemoryBudget.parseBytes(budget), "--budget " + budget);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--budget: " + e.getMessage());
            }
        } else if (spark != null) {
            limit = new MemoryBudget(Long.MAX_VALUE, "the cluster's executors, sized from each cell's prediction");
        } else {
            ComputeService s = service();
            limit = MemoryBudget.of(s);
        }
        SparkOptions submit;
        try {
            submit = sparkOptions.checked(spark, export != null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        TrainingRunner runner = new TrainingRunner(spark != null ? compute : service(), options.base());
        SweepPlan plan;
        try {
            plan = SweepPlan.of(c, bs, os, ss, limit, runner);
        } catch (RunProblem e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter o = out();
        if (!json()) {
            o.printf(Locale.ROOT, "sweep: %s%nbudget: %,d B (%s)%n%s%n", c.summary(), limit.bytes(), limit.source(), plan.decidedBy());
            for (SweepCell cell : plan.cells()) {
                o.printf(Locale.ROOT, "  %-22s predicted %,14d B (%s; textbook %,d B) %s%n", cell.name(), cell.fitsBytes(),
                        cell.fitsConvention(), cell.predictedBytes(), cell.fits() ? "fits" : "DOES NOT FIT: not run");
            }
            o.printf("largest batch that fits every optimizer: %s%n",
                    plan.largestBatchThatFits() == 0 ? "none" : Integer.toString(plan.largestBatchThatFits()));
            o.flush();
        }
        boolean stored = out != null && SparkPaths.isUri(out);
        if (stored && spark == null) {
            throw new UsageException("--out " + out + " is a URI: it needs --spark (the job writes there)");
        }
        Path exportDir = null;
        if (export != null) {
            try {
                exportDir = SparkPaths.exportFolder(export);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (stored && exportDir != null) {
            try {
                submit.requireShared("--out", out);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            return new SparkSweepOutput(sparkLauncher(), o, json(), commandSpec.commandLine().getErr()).exportStored(plan,
                    options.base(), spark, exportDir, out, submit);
        }
        if (stored) {
            return new SparkSweepOutput(sparkLauncher(), o, json(), commandSpec.commandLine().getErr()).runStored(plan,
                    options.base(), spark, out, submit);
        }
        Path folder = out != null ? Path.of(out) : RunFolder.fresh(Path.of("runs"), c.name() + "-sweep");
        if (spark != null) {
            try {
                submit.requireShared("--out", export != null ? "runs" : folder.toString());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            return new SparkSweepOutput(sparkLauncher(), o, json(), commandSpec.commandLine().getErr()).run(plan, options.base(),
                    spark, exportDir != null ? exportDir : folder, exportDir != null, submit);
        }
        SweepResult result;
        try {
            result = new SweepRunner(runner).run(plan, folder, json() ? null : new SweepListener() {
                @Override
                public void ended(SweepResult.Entry e, int index, int total) {
                    if (e.result() != null && !e.result().epochs().isEmpty()) {
                        var r = e.result();
                        o.printf(Locale.ROOT, "  [%d/%d] %-22s val acc %.3f  %.2f s/epoch  peak %,d B (predicted %,d B)%n", index + 1,
                                total, e.cell().name(), r.valAccuracy(), r.epochs().stream().mapToDouble(x -> x.seconds()).average()
                                        .orElse(0), r.peakMemoryBytes(), r.prediction().total());
                    } else {
                        o.printf("  [%d/%d] %-22s %s%n", index + 1, total, e.cell().name(), e.reason());
                    }
                    o.flush();
                }
            }, () -> false);
        } catch (ComputeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        if (json()) {
            o.println(Json.write(RunJson.sweep(result)));
        } else {
            o.println("largest batch that ran for every optimizer: " + result.largestBatchThatRan() + "; folder "
                    + folder.toAbsolutePath());
        }
        return 0;
    }

    private static String join(List<?> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    private ComputeService service() {
        ComputeService s = compute;
        if (s == null) {
            throw new IllegalStateException("the compute service is not installed (feature nnwb.compute.feature)");
        }
        return s;
    }
}
