package nnwb.train.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnwb.core.data.Optimizer;
import nnwb.core.data.RunConfig;

/**
 * The run dialog's fields read into a {@link RunConfig}, or the first problem as a sentence for the dialog's
 * message line. Display-free.
 */
public final class RunConfigForm {

    /** Field keys. */
    public static final String NAME = "name";
    public static final String MODEL_KIND = "modelKind";
    public static final String TEMPLATE = "template";
    public static final String FILE = "file";
    public static final String TEXT = "text";
    public static final String SYMBOLS = "symbols";
    public static final String DATA = "data";
    public static final String OPTIMIZER = "optimizer";
    public static final String LR = "lr";
    public static final String MOMENTUM = "momentum";
    public static final String BETA1 = "beta1";
    public static final String BETA2 = "beta2";
    public static final String EPSILON = "epsilon";
    public static final String DECAY = "weightDecay";
    public static final String DROPOUT = "dropout";
    public static final String BATCH = "batch";
    public static final String EPOCHS = "epochs";
    public static final String SEED = "seed";
    public static final String BACKEND = "backend";
    public static final String LAYERS = "layers";

    /** Model kinds, in the combo's order. */
    public static final List<String> KINDS = List.of("template", "file", "text");

    /** The fields of the optimizer's own numbers, each optimizer's in the order the dialog shows them. */
    public static final List<String> OPTIMIZER_FIELDS = List.of(MOMENTUM, BETA1, BETA2, EPSILON);

    /** A configuration, or null with the problem. */
    public record Result(RunConfig config, String problem) {
    }

    private RunConfigForm() {
    }

    /**
     * The optimizer's own numbers that {@code o} trains with (the others are kept but unused): momentum for the
     * momentum methods, RMSProp's decay (β₂) and ε, AdaGrad's ε, Adam's β₁, β₂ and ε; none for plain SGD.
     */
    public static List<String> usedBy(Optimizer o) {
        return switch (o) {
            case SGD -> List.of();
            case MOMENTUM, NESTEROV -> List.of(MOMENTUM);
            case RMSPROP -> List.of(BETA2, EPSILON);
            case ADAGRAD -> List.of(EPSILON);
            case ADAM -> List.of(BETA1, BETA2, EPSILON);
        };
    }

    /** The label of an optimizer field for {@code o} (RMSProp's β₂ is its decay). */
    public static String label(String field, Optimizer o) {
        return switch (field) {
            case MOMENTUM -> "Momentum";
            case BETA1 -> "β₁ (first moment)";
            case BETA2 -> o == Optimizer.RMSPROP ? "β₂ (RMSProp's decay)" : "β₂ (second moment)";
            case EPSILON -> "ε";
            default -> field;
        };
    }

    public static Map<String, String> fields(RunConfig c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(NAME, c.name());
        f.put(MODEL_KIND, c.template() != null ? "template" : c.modelFile() != null ? "file" : "text");
        f.put(TEMPLATE, c.template() == null ? "edge-cnn" : c.template());
        f.put(FILE, c.modelFile() == null ? "" : c.modelFile());
        f.put(TEXT, c.modelText() == null ? "" : c.modelText());
        StringBuilder sym = new StringBuilder();
        c.symbols().forEach((k, v) -> sym.append(sym.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        f.put(SYMBOLS, sym.toString());
        f.put(DATA, c.dataset());
        f.put(OPTIMIZER, c.optimizer().label());
        f.put(LR, nnwb.core.Numbers.editable(c.learningRate()));
        f.put(MOMENTUM, nnwb.core.Numbers.editable(c.momentum()));
        f.put(BETA1, nnwb.core.Numbers.editable(c.beta1()));
        f.put(BETA2, nnwb.core.Numbers.editable(c.beta2()));
        f.put(EPSILON, nnwb.core.Numbers.editable(c.epsilon()));
        f.put(DECAY, nnwb.core.Numbers.editable(c.weightDecay()));
        f.put(DROPOUT, nnwb.core.Numbers.editable(c.dropout()));
        f.put(BATCH, Integer.toString(c.batch()));
        f.put(EPOCHS, Integer.toString(c.epochs()));
        f.put(SEED, Long.toString(c.seed()));
        f.put(BACKEND, c.backend());
        f.put(LAYERS, LayerLines.write(c.layers()));
        return f;
    }

    public static Result read(Map<String, String> f, RunConfig base) {
        try {
            String name = f.getOrDefault(NAME, "").strip();
            if (name.isEmpty()) {
                return new Result(null, "Give the run a name.");
            }
            Map<String, Long> symbols = new LinkedHashMap<>();
            for (String part : f.getOrDefault(SYMBOLS, "").split("[,\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    return new Result(null, "Symbols: write NAME=N, got '" + part + "'.");
                }
                try {
                    symbols.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    return new Result(null, "Symbols: " + part.substring(0, eq) + " needs a whole number.");
                }
            }
            String kind = f.getOrDefault(MODEL_KIND, "template");
            String template = kind.equals("template") ? f.get(TEMPLATE) : null;
            String file = kind.equals("file") ? f.getOrDefault(FILE, "").strip() : null;
            String text = kind.equals("text") ? f.getOrDefault(TEXT, "") : null;
            Optimizer o = Optimizer.parse(f.get(OPTIMIZER));
            RunConfig c = new RunConfig(name, template, file, text, symbols, f.getOrDefault(DATA, "").strip(), o,
                    number(f, LR, "The learning rate"), own(f, o, MOMENTUM, "The momentum", base.momentum()),
                    own(f, o, BETA1, "β₁", base.beta1()), own(f, o, BETA2, "β₂", base.beta2()),
                    own(f, o, EPSILON, "ε", base.epsilon()), number(f, DECAY, "The weight decay"), number(f, DROPOUT, "The dropout probability"),
                    whole(f, BATCH, "The batch size"), whole(f, EPOCHS, "Epochs"), whole(f, SEED, "The seed"),
                    f.getOrDefault(BACKEND, "cpu"), LayerLines.read(f.getOrDefault(LAYERS, "")));
            List<String> problems = c.validate();
            return problems.isEmpty() ? new Result(c, null) : new Result(null, problems.get(0));
        } catch (IllegalArgumentException e) {
            return new Result(null, e.getMessage());
        }
    }

    private static double number(Map<String, String> f, String key, String what) {
        try {
            return Double.parseDouble(f.getOrDefault(key, "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, got '" + f.get(key) + "'.");
        }
    }

    /**
     * An optimizer field: read strictly when {@code o} trains with it; otherwise (hidden in the dialog, or absent)
     * its text is kept when it is a number and {@code base}'s value when it is not, so a field the user cannot see
     * never blocks OK.
     */
    private static double own(Map<String, String> f, Optimizer o, String key, String what, double base) {
        if (usedBy(o).contains(key)) {
            return f.containsKey(key) ? number(f, key, what) : base;
        }
        try {
            return Double.parseDouble(f.getOrDefault(key, "").strip());
        } catch (NumberFormatException e) {
            return base;
        }
    }

    private static int whole(Map<String, String> f, String key, String what) {
        try {
            return Integer.parseInt(f.getOrDefault(key, "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + f.get(key) + "'.");
        }
    }
}
