package nnwb.compute.dl4j;

import nnwb.compute.UpdaterSpec;

/** One optimizer step per updater, written out in plain Java from the formulas of {@link UpdaterSpec}. */
final class ReferenceUpdaters {

    private ReferenceUpdaters() {
    }

    /** Updates {@code p} and the state {@code s} in place; {@code t} counts steps from 1. */
    static void step(UpdaterSpec u, double[] p, double[] gradient, double[][] s, int t) {
        double lr = u.learningRate();
        double[] g = gradient.clone();
        double[] p0 = p.clone();
        for (int i = 0; i < p.length; i++) {
            g[i] += u.l2() * p0[i];
        }
        for (int i = 0; i < p.length; i++) {
            switch (u.kind()) {
                case SGD -> p[i] -= lr * g[i];
                case MOMENTUM -> {
                    s[0][i] = u.momentum() * s[0][i] - lr * g[i];
                    p[i] += s[0][i];
                }
                case NESTEROV -> {
                    double prev = s[0][i];
                    s[0][i] = u.momentum() * prev - lr * g[i];
                    p[i] += (1 + u.momentum()) * s[0][i] - u.momentum() * prev;
                }
                case RMSPROP -> {
                    s[0][i] = u.decay() * s[0][i] + (1 - u.decay()) * g[i] * g[i];
                    p[i] -= lr * g[i] / (Math.sqrt(s[0][i]) + u.epsilon());
                }
                case ADAM -> {
                    s[0][i] = u.beta1() * s[0][i] + (1 - u.beta1()) * g[i];
                    s[1][i] = u.beta2() * s[1][i] + (1 - u.beta2()) * g[i] * g[i];
                    double alpha = lr * Math.sqrt(1 - Math.pow(u.beta2(), t)) / (1 - Math.pow(u.beta1(), t));
                    p[i] -= alpha * s[0][i] / (Math.sqrt(s[1][i]) + u.epsilon());
                }
                case ADAGRAD -> {
                    s[0][i] += g[i] * g[i];
                    p[i] -= lr * g[i] / (Math.sqrt(s[0][i]) + u.epsilon());
                }
                case AMSGRAD -> {
                    s[0][i] = u.beta1() * s[0][i] + (1 - u.beta1()) * g[i];
                    s[1][i] = u.beta2() * s[1][i] + (1 - u.beta2()) * g[i] * g[i];
                    s[2][i] = Math.max(s[2][i], s[1][i]);
                    double alpha = lr * Math.sqrt(1 - Math.pow(u.beta2(), t)) / (1 - Math.pow(u.beta1(), t));
                    p[i] -= alpha * s[0][i] / (Math.sqrt(s[2][i]) + u.epsilon());
                }
                case ADAMAX -> {
                    s[0][i] = u.beta1() * s[0][i] + (1 - u.beta1()) * g[i];
                    s[1][i] = Math.max(u.beta2() * s[1][i], Math.abs(g[i]));
                    // ND4J's AdaMax leaves ε out of the denominator (it only replaces a non-finite rate)
                    p[i] -= lr / (1 - Math.pow(u.beta1(), t)) * s[0][i] / (s[1][i] + 1e-32);
                }
            }
            double decay = u.weightDecayTimesLr() ? lr * u.weightDecay() : u.weightDecay();
            p[i] -= decay * p0[i];
        }
    }
}
