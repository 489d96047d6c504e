package nnwb.optim.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import nnwb.cli.Command;
import nnwb.cli.CommandBase;
import nnwb.cli.UsageException;
import nnwb.core.json.Json;
import nnwb.core.optim.Trace;
import nnwb.core.optim.TraceFinal;
import nnwb.core.optim.TraceJson;
import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.TraceResult;
import nnwb.core.optim.TraceRunner;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;
import nnwb.optim.OptimPreset;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code nnwb trace}: one problem, one or more optimizers, the trajectory, final state and closed form. */
@Component(service = Command.class)
@CommandLine.Command(name = "trace", description = "trace optimizers (SGD ... Adam, Muon) on a problem, with closed forms",
        footer = {"",
                "Problems: constant (--c), quadratic (--cond --scale --angle), rosenbrock (--a --b), expr (--f),",
                "  least-squares (--X \"2,1\" rows separated by ';', --t \"2\"), nqm (--a --sigma),",
                "  dropout-least-squares (--x --y --p), muon-matrix (--dout --din --samples --data-seed --c);",
                "  every problem takes --start. Optimizers: sgd, momentum, ema-momentum, nesterov, adam, adamw,",
                "  rmsprop, adagrad, signsgd, muon; --lr --beta1 --beta2 --eps --momentum --wd --l2 go to every",
                "  optimizer that takes them (--eps 0 means exactly 0); other hyperparameters with",
                "  --set KEY=VALUE (e.g. eps-at=inside, bias-correction=false, amsgrad=true, ns=3, ns-steps=8);",
                "  an unknown key is refused with the keys each chosen optimizer takes.",
                "Defaults are PyTorch's where torch.optim has the optimizer: adam/adamw lr 1e-3, betas 0.9, 0.999,",
                "  eps 1e-8 (adamw wd 0.01, scaled by lr); rmsprop lr 0.01, beta (alpha) 0.99, eps 1e-8;",
                "  adagrad lr 0.01, eps 1e-10. PyTorch's SGD has no default lr: sgd, momentum and nesterov use 0.1;",
                "  momentum and nesterov default to beta 0.9 (PyTorch's SGD momentum=0 is our sgd).",
                "  All optimizers share the start, step budget, batch, seed and noise.",
                "",
                "JSON (--json), one optimizer: {\"settings\": {problem, problemOptions, paramNames, steps, batch, seed,",
                "  noise, start}, \"optimizer\": NAME, \"label\": ..., \"options\": {...}, \"stateValuesPerParameter\": N,",
                "  \"closedFormula\": \"...\" (where a closed form exists),",
                "  \"steps\": [{\"step\": T, \"params\": [..], \"loss\": X, \"state\": {\"m\": [..], ...},",
                "             \"closedForm\": [..] (where one exists)}, ...],",
                "  \"final\": {\"params\": [..], \"loss\": X, \"step\": T, \"diverged\": false, \"divergedAt\": null,",
                "            (diverged: a non-finite value, where the trace stops, or a loss grown past",
                "            L0 + 1e6 max(|L0|, 1); divergedAt: the first such step),",
                "            \"distanceToMinNorm\", \"nullSpaceNorm\" (least squares), \"distanceToMinimum\" (where known)}}.",
                "Several optimizers (--optimizer a,b,c): {\"settings\": {...}, \"traces\": [one object as above",
                "  without settings, per optimizer, in the order given]}. With --backend nd4j also \"steppedBy\":",
                "  [{\"optimizer\", \"route\", \"stepper\", \"reason\"}] (ND4J's updater, ours on ND4J arrays, or the engine).",
                "Non-finite numbers are null. Exit codes: 0 ok, 2 bad input (one line naming the option), 1 failure."})
public final class TraceCommand extends CommandBase {

    @Option(names = "--problem", paramLabel = "NAME", description = "the problem (see below)")
    private String problem;
    @Option(names = "--preset", paramLabel = "FILE", description = "read problem, optimizers and settings from a preset file; other options override it")
    private Path preset;

    @Option(names = "--c", paramLabel = "X", description = "constant: the gradient c; muon-matrix: the forward multiplier (auto = 1/sqrt(d_in))")
    private String c;
    @Option(names = "--cond", paramLabel = "K", description = "quadratic: condition number")
    private String cond;
    @Option(names = "--scale", paramLabel = "L", description = "quadratic: largest curvature")
    private String scale;
    @Option(names = "--angle", paramLabel = "DEG", description = "quadratic: rotation of the axes in degrees")
    private String angle;
    @Option(names = "--a", paramLabel = "X", description = "rosenbrock: a; nqm: the curvature a")
    private String a;
    @Option(names = "--b", paramLabel = "X", description = "rosenbrock: b")
    private String b;
    @Option(names = "--f", paramLabel = "EXPR", description = "expr: the function of x and y, e.g. \"x^2 + 10*y^2\"")
    private String f;
    @Option(names = "--X", paramLabel = "ROWS", description = "least-squares: the data matrix, e.g. \"2,1\" or \"1,2; 3,4\"")
    private String bigX;
    @Option(names = "--t", paramLabel = "LIST", description = "least-squares: the targets")
    private String t;
    @Option(names = "--sigma", paramLabel = "X", description = "nqm: noise of one gradient sample")
    private String sigma;
    @Option(names = "--x", paramLabel = "LIST", description = "dropout-least-squares: the features (default 10,1)")
    private String smallX;
    @Option(names = "--y", paramLabel = "X", description = "dropout-least-squares: the target (default 11)")
    private String y;
    @Option(names = "--p", paramLabel = "P", description = "dropout-least-squares: the dropout rate")
    private String p;
    @Option(names = "--dout", paramLabel = "N", description = "muon-matrix: rows of W")
    private String dout;
    @Option(names = "--din", paramLabel = "N", description = "muon-matrix: columns of W")
    private String din;
    @Option(names = "--samples", paramLabel = "N", description = "muon-matrix: training samples")
    private String samples;
    @Option(names = "--data-seed", paramLabel = "N", description = "muon-matrix: the seed of W_true and X (the problem's 'seed')")
    private String dataSeed;
    @Option(names = "--start", paramLabel = "LIST", description = "the starting point")
    private String start;

    @Option(names = "--optimizer", paramLabel = "NAME[,NAME...]", split = ",", description = "one or more optimizers")
    private List<String> optimizers;
    @Option(names = "--lr", paramLabel = "X", description = "learning rate")
    private String lr;
    @Option(names = "--beta1", paramLabel = "X", description = "Adam's beta1")
    private String beta1;
    @Option(names = "--beta2", paramLabel = "X", description = "Adam's beta2 (RMSProp's decay)")
    private String beta2;
    @Option(names = "--eps", paramLabel = "X", description = "epsilon (0 means exactly 0)")
    private String eps;
    @Option(names = "--momentum", paramLabel = "X", description = "momentum coefficient")
    private String momentum;
    @Option(names = "--wd", paramLabel = "X", description = "decoupled weight decay, not scaled by lr: p <- (1 - wd)*p - lr*u;"
            + " --set wd-lr=true makes it (1 - lr*wd)*p as PyTorch's AdamW (adamw's default)")
    private String wd;
    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty added to the gradient (l2*p)")
    private String l2;
    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "any other hyperparameter (repeatable)")
    private List<String> sets;

    @Option(names = "--steps", paramLabel = "N", description = "optimizer steps (default 100)")
    private Integer steps;
    @Option(names = "--batch", paramLabel = "B", description = "mini-batch size; 0 = exact gradient (default 0)")
    private Integer batch;
    @Option(names = "--seed", paramLabel = "S", description = "seed of the mini-batches and noise (default 1)")
    private Long seed;
    @Option(names = "--noise", paramLabel = "X", description = "Gaussian noise added to every gradient component (default 0)")
    private Double noise;
    @Option(names = "--every", paramLabel = "N", description = "JSON: keep every N-th step and the last (default 1)")
    private int every = 1;
    @Option(names = "--backend", paramLabel = "B", description = "engine (default) or nd4j: step with ND4J's updaters in the compute service")
    private String backend = "engine";

    /** The compute service's {@code OptimizerSteps} role when installed (typed Object: the bundle is optional). */
    @Reference(service = nnwb.compute.OptimizerSteps.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Object compute;

    /** For Declarative Services. */
    public TraceCommand() {
    }

    @Override
    public Integer call() throws UsageException {
        TraceRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (!backend.equals("engine") && !backend.equals("nd4j")) {
            throw new UsageException("--backend must be engine or nd4j, got '" + backend + "'");
        }
        TraceResult result;
        Nd4jBackend.Run nd4j = null;
        if (backend.equals("nd4j")) {
            Object service = compute;
            if (service == null) {
                throw new IllegalStateException("the compute service is not installed (feature nnwb.compute.feature)");
            }
            nd4j = Nd4jBackend.trace(service, request);
            result = nd4j.result();
        } else {
            result = TraceRunner.run(request);
        }
        if (json()) {
            Map<String, Object> doc = TraceJson.of(result, every);
            if (nd4j != null) {
                doc.put("steppedBy", nd4j.steppedBy());
            }
            out().println(Json.write(doc));
        } else {
            text(result, nd4j == null ? null : nd4j.steppers());
        }
        return 0;
    }

    private TraceRequest request() throws UsageException {
        if (every < 1) {
            throw new UsageException("--every must be at least 1, got " + every);
        }
        OptimPreset base = null;
        if (preset != null) {
            try {
                base = OptimPreset.read(preset);
            } catch (IOException e) {
                throw new UsageException("--preset: cannot read " + preset + ": " + e.getMessage());
            }
        }
        String name = problem != null ? problem : base != null ? base.problem() : null;
        if (name == null) {
            throw new UsageException("--problem is required; choose from " + String.join(", ", Problems.names()));
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (base != null && problem == null) {
            options.putAll(base.problemOptions());
        }
        put(options, "c", c);
        put(options, "cond", cond);
        put(options, "scale", scale);
        put(options, "angle", angle);
        put(options, "a", a);
        put(options, "b", b);
        put(options, "f", f);
        put(options, "X", bigX);
        put(options, "t", t);
        put(options, "sigma", sigma);
        put(options, "x", smallX);
        put(options, "y", y);
        put(options, "p", p);
        put(options, "dout", dout);
        put(options, "din", din);
        put(options, "samples", samples);
        put(options, "seed", dataSeed);
        put(options, "start", start);
        Problem prob = Problems.parse(name, options);
        List<OptimizerConfig> configs;
        if (optimizers != null) {
            configs = Optimizers.parseAll(optimizers.stream().map(String::strip).toList(), shared());
        } else if (base != null) {
            Map<String, String> sh = shared();
            configs = new ArrayList<>();
            for (OptimizerConfig cfg : base.optimizers()) {
                for (Map.Entry<String, String> e : sh.entrySet()) {
                    if (Optimizers.takes(cfg.name(), e.getKey())) {
                        cfg = cfg.with(e.getKey(), e.getValue());
                    }
                }
                configs.add(cfg);
            }
        } else {
            throw new UsageException("--optimizer is required; choose from " + String.join(", ", Optimizers.names()));
        }
        int n = steps != null ? steps : base != null ? base.steps() : 100;
        int bt = batch != null ? batch : base != null ? base.batch() : 0;
        long s = seed != null ? seed : base != null ? base.seed() : 1;
        double nz = noise != null ? noise : base != null ? base.noise() : 0;
        return new TraceRequest(prob, configs, n, bt, s, nz, null);
    }

    private Map<String, String> shared() throws UsageException {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "lr", lr);
        put(m, "beta1", beta1);
        put(m, "beta2", beta2);
        put(m, "eps", eps);
        put(m, "momentum", momentum);
        put(m, "wd", wd);
        put(m, "l2", l2);
        if (sets != null) {
            for (String kv : sets) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new UsageException("--set expects KEY=VALUE, got '" + kv + "'");
                }
                if (m.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip()) != null) {
                    throw new UsageException("--set: " + kv.substring(0, eq).strip() + " is given twice");
                }
            }
        }
        return m;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private void text(TraceResult r, List<String> steppedBy) {
        var s = r.settings();
        out().printf("%s %s: %d steps, batch %d, seed %d, noise %s, start %s%n", s.problem(), s.problemSettings(), s.steps(),
                s.batch(), s.seed(), s.noise(), Arrays.toString(s.start()));
        for (int i = 0; i < r.traces().size(); i++) {
            Trace tr = r.traces().get(i);
            TraceFinal fin = tr.finalState();
            out().printf("%-34s loss %-12.6g params %s%s%s%s%n", tr.config().label(), fin.loss(), short6(fin.params()),
                    Double.isNaN(fin.distanceToMinNorm()) ? "" : String.format("  |p - w*| %.4g, null-space %.4g", fin.distanceToMinNorm(), fin.nullSpaceNorm()),
                    fin.diverged() ? "  DIVERGED at step " + fin.divergedAt() : "",
                    steppedBy == null ? "" : "  [" + steppedBy.get(i) + "]");
        }
    }

    private static String short6(double[] v) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < Math.min(v.length, 6); i++) {
            sb.append(i > 0 ? ", " : "").append(String.format("%.6g", v[i]));
        }
        return sb.append(v.length > 6 ? ", ... (" + v.length + ")]" : "]").toString();
    }
}
