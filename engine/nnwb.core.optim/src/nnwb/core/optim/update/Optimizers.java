package nnwb.core.optim.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The optimizers by name ({@code sgd, momentum, ema-momentum, nesterov, adam, adamw, rmsprop,
 * adagrad, signsgd, muon}): their hyperparameters, parsing from a name and an option map with clear
 * one-line errors, and construction for a parameter shape.
 */
public final class Optimizers {

    private record Kind(String name, List<HyperParam> params, Function<Bound, Optimizer> factory, String summary) {
    }

    /** A configuration bound to the matrix shape of the parameters. */
    record Bound(OptimizerConfig config, int rows, int cols) {
    }

    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        add("sgd", Sgd.PARAMS, Sgd::new, "plain gradient descent: p ← p − lr·g");
        add("momentum", Momentum.PARAMS, Momentum::new, "heavy ball: m ← βm + g; p ← p − lr·m");
        add("ema-momentum", EmaMomentum.PARAMS, EmaMomentum::new, "m ← βm + (1−β)g; p ← p − lr·m");
        add("nesterov", Nesterov.PARAMS, Nesterov::new, "m ← βm + g; p ← p − lr·(g + βm) (PyTorch form)");
        add("adam", Adam.PARAMS, Adam::new, "Adam with bias correction and ε placement");
        add("adamw", Adam.ADAMW_PARAMS, Adam::new, "Adam with decoupled weight decay on by default");
        add("rmsprop", RmsProp.PARAMS, RmsProp::new, "v ← βv + (1−β)g²; p ← p − lr·g/(√v + ε)");
        add("adagrad", Adagrad.PARAMS, Adagrad::new, "s ← s + g²; p ← p − lr·g/(√s + ε)");
        add("signsgd", SignSgd.PARAMS, SignSgd::new, "p ← p − lr·sign(g) (sign of an EMA with momentum)");
        add("muon", Muon.PARAMS, Muon::new, "momentum, then Newton–Schulz orthogonalisation of the matrix update");
    }

    private Optimizers() {
    }

    private static void add(String name, List<HyperParam> params, Function<Bound, Optimizer> f, String summary) {
        KINDS.put(name, new Kind(name, params, f, summary));
    }

    /** All names, in a fixed order. */
    public static List<String> names() {
        return List.copyOf(KINDS.keySet());
    }

    /** The hyperparameters of an optimizer, with their defaults. */
    public static List<HyperParam> params(String name) {
        return kind(name).params();
    }

    /** A one-line description of the update rule. */
    public static String summary(String name) {
        return kind(name).summary();
    }

    /** The hyperparameter of {@code name} answering to {@code key} (its key or an alias). */
    public static HyperParam param(String name, String key) {
        for (HyperParam p : kind(name).params()) {
            if (p.answersTo(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException(name + " has no option '" + key + "'; it takes "
                + String.join(", ", keys(name)));
    }

    /** Whether {@code name} takes option {@code key}. */
    public static boolean takes(String name, String key) {
        return kind(name).params().stream().anyMatch(p -> p.answersTo(key));
    }

    private static List<String> keys(String name) {
        return kind(name).params().stream().map(HyperParam::key).toList();
    }

    /** An optimizer with all defaults. */
    public static OptimizerConfig defaults(String name) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (HyperParam p : kind(name).params()) {
            m.put(p.key(), p.defaultValue());
        }
        return new OptimizerConfig(name, m);
    }

    /**
     * Parses a name and typed options (keys or aliases → text). Every option must belong to the
     * optimizer; an option given twice under two aliases is an error. {@code eps=0} means ε = 0 exactly.
     */
    public static OptimizerConfig parse(String name, Map<String, String> options) {
        Kind k = kind(name);
        Map<String, Object> m = new LinkedHashMap<>(defaults(k.name()).values());
        Map<String, String> seen = new LinkedHashMap<>();
        options.forEach((key, text) -> {
            HyperParam p = param(k.name(), key);
            String before = seen.put(p.key(), key);
            if (before != null) {
                throw new IllegalArgumentException(name + ": '" + before + "' and '" + key + "' both set " + p.key());
            }
            m.put(p.key(), p.parse(k.name(), text));
        });
        return new OptimizerConfig(k.name(), m);
    }

    /**
     * Parses several optimizers that share one option map, as {@code --optimizer a,b,c --lr X} does: each
     * takes the options it knows; an option that none of them takes is an error.
     */
    public static List<OptimizerConfig> parseAll(List<String> names, Map<String, String> shared) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no optimizer given; choose from " + String.join(", ", names()));
        }
        for (String key : shared.keySet()) {
            if (names.stream().noneMatch(n -> takes(canonical(n), key))) {
                throw new IllegalArgumentException("option '" + key + "' is taken by none of " + String.join(", ", names)
                        + "; " + validKeys(names));
            }
        }
        List<OptimizerConfig> out = new ArrayList<>();
        for (String n : names) {
            String c = canonical(n);
            Map<String, String> own = new LinkedHashMap<>();
            shared.forEach((key, v) -> {
                if (takes(c, key)) {
                    own.put(key, v);
                }
            });
            out.add(parse(c, own));
        }
        return out;
    }

    /** The keys each optimizer takes, e.g. {@code valid keys for adagrad: lr, l2, wd, ...}, one clause per distinct name. */
    static String validKeys(List<String> names) {
        List<String> clauses = new ArrayList<>();
        for (String n : new java.util.LinkedHashSet<>(names.stream().map(Optimizers::canonical).toList())) {
            clauses.add("valid keys for " + n + ": " + String.join(", ", keys(n)));
        }
        return String.join("; ", clauses);
    }

    /** Builds the optimizer for parameters shaped {@code rows×cols} (vectors are {@code 1×d}). */
    public static Optimizer create(OptimizerConfig config, int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("parameter shape must be at least 1×1, got " + rows + "×" + cols);
        }
        return kind(config.name()).factory().apply(new Bound(config, rows, cols));
    }

    private static String canonical(String name) {
        return kind(name).name();
    }

    private static Kind kind(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        Kind k = KINDS.get(n);
        if (k == null) {
            throw new IllegalArgumentException("unknown optimizer '" + name + "'; choose from " + String.join(", ", names()));
        }
        return k;
    }

    /** The learning rate, L2 and decoupled weight decay every optimizer takes, with a default learning rate. */
    static List<HyperParam> common(double lr) {
        return List.of(
                HyperParam.nonNegative("lr", lr, "learning rate η", "eta"),
                HyperParam.nonNegative("l2", 0, "L2 penalty added to the gradient: g + l2·p"),
                HyperParam.nonNegative("wd", 0, "decoupled weight decay, not scaled by lr: p ← (1 − wd)·p − lr·u (with wd-lr: (1 − lr·wd))",
                        "weight-decay"),
                HyperParam.flag("wd-lr", false, "multiply the decoupled weight decay by the learning rate (PyTorch's AdamW, DL4J's applyLR)"));
    }

    /** {@link #common} followed by {@code more}. */
    static List<HyperParam> with(double lr, HyperParam... more) {
        List<HyperParam> l = new ArrayList<>(common(lr));
        l.addAll(List.of(more));
        return List.copyOf(l);
    }
}
