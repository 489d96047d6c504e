package nnwb.core.filter.signal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import nnwb.core.filter.NamedSpec;

/**
 * The generated signals and impulse responses; every one takes {@code shift} (a delay, may be negative).
 * Infinite signals (step, geometric, sine) are truncated to {@code n} samples.
 */
public enum SignalKind {

    RECT("rect", "1 at 0..L-1 (L=, default 7)", Set.of("l"),
            s -> constant(s.intParam("l", 7, 1, Signal.MAX_LENGTH), 1)),
    STEP("step", "the unit step u(n), 1 at 0..n-1 (n=, default 20)", Set.of("n"),
            s -> constant(s.intParam("n", 20, 1, Signal.MAX_LENGTH), 1)),
    IMPULSE("impulse", "a single 1 at 0 (the unit impulse)", Set.of(), s -> new double[] {1}),
    SINE("sine", "amplitude*sin(2 pi f k + phase) for k = 0..n-1 (f= cycles per sample, default 0.1; n=, default 32)",
            Set.of("f", "n", "phase", "amplitude"), SignalKind::sine),
    GEOMETRIC("geometric", "r^k u(k) for k = 0..n-1 (r=, default 0.5; n=, default 20): (1/2)^n u(n) truncated",
            Set.of("r", "n"), SignalKind::geometric);

    private final String key;
    private final String description;
    private final Set<String> parameters;
    private final Function<NamedSpec, double[]> samples;

    SignalKind(String key, String description, Set<String> parameters, Function<NamedSpec, double[]> samples) {
        this.key = key;
        this.description = description;
        this.parameters = parameters;
        this.samples = samples;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The signal for a parsed spec whose name is this kind's; samples start at index {@code shift}. */
    public Signal build(NamedSpec spec) {
        java.util.Set<String> accepted = new java.util.HashSet<>(parameters);
        accepted.add("shift");
        spec.accept(accepted);
        int shift = spec.intParam("shift", 0, -Signal.MAX_LENGTH, Signal.MAX_LENGTH);
        return Signal.of(shift, samples.apply(spec));
    }

    /** The kind named {@code name} ("box" and "boxcar" read as rect, "delta" as impulse, "exp" as geometric). */
    public static Optional<SignalKind> byName(String name) {
        return switch (name) {
            case "box", "boxcar" -> Optional.of(RECT);
            case "delta" -> Optional.of(IMPULSE);
            case "exp", "exponential" -> Optional.of(GEOMETRIC);
            default -> Arrays.stream(values()).filter(k -> k.key.equals(name)).findFirst();
        };
    }

    /** All keys, for help texts. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(SignalKind::key).toList();
    }

    private static double[] constant(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    private static double[] sine(NamedSpec s) {
        double f = s.doubleParam("f", 0.1, -1e6, 1e6);
        int n = s.intParam("n", 32, 1, Signal.MAX_LENGTH);
        double phase = s.doubleParam("phase", 0, -1e6, 1e6);
        double amp = s.doubleParam("amplitude", 1, -1e12, 1e12);
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
            a[k] = amp * Math.sin(2 * Math.PI * f * k + phase);
        }
        return a;
    }

    private static double[] geometric(NamedSpec s) {
        double r = s.doubleParam("r", 0.5, -1e3, 1e3);
        int n = s.intParam("n", 20, 1, Signal.MAX_LENGTH);
        double[] a = new double[n];
        double v = 1;
        for (int k = 0; k < n; k++) {
            a[k] = v;
            v *= r;
        }
        return a;
    }
}
