package nnwb.core.optim.problem;

import java.util.random.RandomGenerator;

/** Drawing mini-batches. */
final class Sampling {

    private Sampling() {
    }

    /** {@code k} distinct indices from {@code 0..n-1}, by a partial Fisher–Yates shuffle. */
    static int[] withoutReplacement(int n, int k, RandomGenerator rng) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        return java.util.Arrays.copyOf(all, k);
    }
}
