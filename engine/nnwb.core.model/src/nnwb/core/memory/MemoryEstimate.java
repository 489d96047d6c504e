package nnwb.core.memory;

import nnwb.core.symbolic.Poly;

/**
 * Memory in bytes as {@code fixed + batch × perExample}, with a derivation
 * text that shows where each term comes from.
 */
public record MemoryEstimate(Poly fixedBytes, Poly perExampleBytes, Poly batch, String derivation) {

    /** {@code fixed + batch × perExample}. */
    public Poly totalBytes() {
        return fixedBytes.add(batch.multiply(perExampleBytes));
    }
}
