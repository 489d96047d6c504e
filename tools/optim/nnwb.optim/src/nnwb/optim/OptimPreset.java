package nnwb.optim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.HyperParam;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;

/**
 * A problem with its options, the optimizers to compare and the settings they share, as a small text
 * file that assignment plugins ship and the optimizer-trace view and {@code nnwb trace --preset} open:
 * <pre>
 * # NN Workbench optimizer preset
 * title = Toronto: RMSProp does not find the minimum-norm solution
 * problem = least-squares
 * problem.X = 2,1
 * problem.t = 2
 * steps = 200
 * batch = 0
 * seed = 1
 * noise = 0
 * optimizer = sgd lr=0.1
 * optimizer = rmsprop lr=0.01 eps=1e-8
 * </pre>
 * One {@code key = value} per line, {@code #} starts a comment line; {@code problem.KEY} lines are the
 * problem's options as {@code Problems} names them; each {@code optimizer} line is a name followed by
 * {@code key=value} hyperparameters (values without spaces), every one checked as the engine checks it.
 * Missing settings take the defaults below. Errors name the line.
 *
 * @param title          a line shown above the result ("" when none)
 * @param problem        the problem's name
 * @param problemOptions its options as typed (key → text)
 * @param optimizers     one or more optimizers
 * @param steps          the step budget (default 100)
 * @param batch          mini-batch size, 0 for the exact gradient (default 0)
 * @param seed           the seed every optimizer starts from (default 1)
 * @param noise          added gradient noise (default 0)
 */
public record OptimPreset(String title, String problem, Map<String, String> problemOptions, List<OptimizerConfig> optimizers,
        int steps, int batch, long seed, double noise) {

    /** Longest preset text read. */
    public static final int MAX_CHARS = 200_000;

    public OptimPreset {
        title = title == null ? "" : title.strip();
        problemOptions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problemOptions));
        optimizers = List.copyOf(optimizers);
    }

    /** The problem it describes (checked). */
    public Problem buildProblem() {
        return Problems.parse(problem, problemOptions);
    }

    /** The trace request it describes (checked by the engine). */
    public TraceRequest request() {
        return new TraceRequest(buildProblem(), optimizers, steps, batch, seed, noise, null);
    }

    /** Reads a preset file (UTF-8). */
    public static OptimPreset read(Path file) throws IOException {
        if (Files.size(file) > MAX_CHARS * 4L) {
            throw new IllegalArgumentException(file.getFileName() + " is too large for a preset");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Whether {@code data} (the payload of the optimizer trace's open-preset topic, nnwb.contracts.Topics.OPTIM_OPEN_PRESET) is preset text rather than a path. */
    public static boolean looksLikeText(String data) {
        return data.indexOf('\n') >= 0 || data.strip().toLowerCase(Locale.ROOT).startsWith("problem");
    }

    /** Parses preset text; throws {@link IllegalArgumentException} naming the line on bad input. */
    public static OptimPreset parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the preset is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the preset is longer than " + MAX_CHARS + " characters");
        }
        String title = "";
        String problem = null;
        Map<String, String> options = new LinkedHashMap<>();
        List<String[]> optimizerLines = new ArrayList<>();
        int steps = 100;
        int batch = 0;
        long seed = 1;
        double noise = 0;
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "preset line " + (i + 1) + ": ";
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(where + "expected 'key = value', got '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            try {
                switch (key) {
                    case "title" -> title = value;
                    case "problem" -> problem = value;
                    case "steps" -> steps = Integer.parseInt(value);
                    case "batch" -> batch = Integer.parseInt(value);
                    case "seed" -> seed = Long.parseLong(value);
                    case "noise" -> noise = Double.parseDouble(value);
                    case "optimizer" -> optimizerLines.add(new String[] {value, where});
                    default -> {
                        if (!key.startsWith("problem.") || key.length() == "problem.".length()) {
                            throw new IllegalArgumentException("unknown key '" + key
                                    + "' (title, problem, problem.OPTION, optimizer, steps, batch, seed, noise)");
                        }
                        if (options.put(key.substring("problem.".length()), value) != null) {
                            throw new IllegalArgumentException(key + " is given twice");
                        }
                    }
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + key + " must be a number, got '" + value + "'");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + e.getMessage());
            }
        }
        if (problem == null) {
            throw new IllegalArgumentException("the preset names no problem (a line 'problem = NAME')");
        }
        if (optimizerLines.isEmpty()) {
            throw new IllegalArgumentException("the preset names no optimizer (a line 'optimizer = NAME key=value ...')");
        }
        List<OptimizerConfig> opts = new ArrayList<>();
        for (String[] o : optimizerLines) {
            try {
                opts.add(parseOptimizer(o[0]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(o[1] + e.getMessage());
            }
        }
        OptimPreset p = new OptimPreset(title, problem, options, opts, steps, batch, seed, noise);
        p.request();
        return p;
    }

    /** {@code NAME key=value ...} as an optimizer. */
    public static OptimizerConfig parseOptimizer(String spec) {
        String[] parts = spec.strip().split("\\s+");
        Map<String, String> kv = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected key=value after the optimizer's name, got '" + parts[i] + "'");
            }
            if (kv.put(parts[i].substring(0, eq), parts[i].substring(eq + 1)) != null) {
                throw new IllegalArgumentException(parts[0] + ": " + parts[i].substring(0, eq) + " is given twice");
            }
        }
        return Optimizers.parse(parts[0], kv);
    }

    /** {@code NAME key=value ...} with every hyperparameter that differs from its default. */
    public static String formatOptimizer(OptimizerConfig c) {
        StringBuilder sb = new StringBuilder(c.name());
        Map<String, Object> defaults = Optimizers.defaults(c.name()).values();
        for (HyperParam p : Optimizers.params(c.name())) {
            Object v = c.values().get(p.key());
            if (!v.equals(defaults.get(p.key()))) {
                sb.append(' ').append(p.key()).append('=').append(v);
            }
        }
        return sb.toString();
    }

    /** The preset as text that {@link #parse} reads back to an equal preset. */
    public String format() {
        StringBuilder sb = new StringBuilder("# NN Workbench optimizer preset\n");
        if (!title.isEmpty()) {
            sb.append("title = ").append(title.replace('\n', ' ')).append('\n');
        }
        sb.append("problem = ").append(problem).append('\n');
        problemOptions.forEach((k, v) -> sb.append("problem.").append(k).append(" = ").append(v.replace('\n', ' ')).append('\n'));
        sb.append("steps = ").append(steps).append('\n');
        sb.append("batch = ").append(batch).append('\n');
        sb.append("seed = ").append(seed).append('\n');
        sb.append("noise = ").append(noise).append('\n');
        for (OptimizerConfig c : optimizers) {
            sb.append("optimizer = ").append(formatOptimizer(c)).append('\n');
        }
        return sb.toString();
    }
}
