package nnwb.optim.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnwb.core.optim.TraceRequest;
import nnwb.core.optim.problem.Problem;
import nnwb.core.optim.problem.Problems;
import nnwb.core.optim.update.OptimizerConfig;
import nnwb.core.optim.update.Optimizers;
import nnwb.optim.OptimPreset;

/**
 * What the view traces: a problem with its options as typed, the optimizers, and the settings they all
 * share (step budget, batch, seed, noise). Display-free; the view edits it and asks it for a request.
 */
public final class OptimSession {

    private String title = "";
    private String problem = "least-squares";
    private final Map<String, String> problemOptions = new LinkedHashMap<>();
    private final List<OptimizerConfig> optimizers = new ArrayList<>();
    private int steps = 200;
    private int batch;
    private long seed = 1;
    private double noise;

    /** The Toronto example: least squares with x = [2, 1], t = 2, three optimizers. */
    public OptimSession() {
        optimizers.add(Optimizers.parse("sgd", Map.of("lr", "0.1")));
        optimizers.add(Optimizers.parse("rmsprop", Map.of("lr", "0.01")));
        optimizers.add(Optimizers.parse("adam", Map.of("lr", "0.05")));
    }

    public String title() {
        return title;
    }

    public String problem() {
        return problem;
    }

    /** Switches the problem; its options start from their defaults. */
    public void setProblem(String name) {
        Problems.options(name);
        problem = name;
        problemOptions.clear();
    }

    /** The options typed for the problem (blank ones are left to their defaults). */
    public Map<String, String> problemOptions() {
        return java.util.Collections.unmodifiableMap(problemOptions);
    }

    /** Sets one option as typed; blank removes it (the default applies). */
    public void setProblemOption(String key, String text) {
        if (text == null || text.isBlank()) {
            problemOptions.remove(key);
        } else {
            problemOptions.put(key, text.strip());
        }
    }

    public List<OptimizerConfig> optimizers() {
        return java.util.Collections.unmodifiableList(optimizers);
    }

    public void setOptimizer(int index, OptimizerConfig c) {
        optimizers.set(index, c);
    }

    public void addOptimizer(OptimizerConfig c) {
        if (optimizers.size() >= TraceRequest.MAX_OPTIMIZERS) {
            throw new IllegalArgumentException("at most " + TraceRequest.MAX_OPTIMIZERS + " optimizers");
        }
        optimizers.add(c);
    }

    public void removeOptimizer(int index) {
        if (optimizers.size() <= 1) {
            throw new IllegalArgumentException("keep at least one optimizer");
        }
        optimizers.remove(index);
    }

    public int steps() {
        return steps;
    }

    public int batch() {
        return batch;
    }

    public long seed() {
        return seed;
    }

    public double noise() {
        return noise;
    }

    public void setSteps(int steps) {
        this.steps = steps;
    }

    public void setBatch(int batch) {
        this.batch = batch;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    public void setNoise(double noise) {
        this.noise = noise;
    }

    /** The problem (checked by the engine; the message names the bad option). */
    public Problem buildProblem() {
        return Problems.parse(problem, problemOptions);
    }

    /** The request every optimizer shares (checked by the engine). */
    public TraceRequest request() {
        return new TraceRequest(buildProblem(), optimizers, steps, batch, seed, noise, null);
    }

    /** The session as a preset. */
    public OptimPreset toPreset() {
        return new OptimPreset(title, problem, problemOptions, optimizers, steps, batch, seed, noise);
    }

    /** Replaces everything with a preset's contents. */
    public void load(OptimPreset p) {
        title = p.title();
        problem = p.problem();
        problemOptions.clear();
        problemOptions.putAll(p.problemOptions());
        optimizers.clear();
        optimizers.addAll(p.optimizers());
        steps = p.steps();
        batch = p.batch();
        seed = p.seed();
        noise = p.noise();
    }
}
