package nnwb.core.memory;

import java.util.Map;

import nnwb.core.symbolic.Poly;

/**
 * Memory for inference and for training with SGD, momentum and Adam.
 * <p>
 * Inference: parameters and batch-norm buffers, plus the activations alive at
 * the peak of a forward pass in which every tensor is freed after its last
 * reader (skip connections keep theirs alive; flatten is a view and
 * element-wise layers work in place when they are their input's only reader).
 * <p>
 * Training: parameters and buffers, one gradient per parameter, the optimizer
 * state (SGD 0, momentum 1, Adam 2 values per parameter) and every activation
 * of the forward pass, the input included, kept for the backward pass (the
 * transient gradients of activations are not counted). All values take the
 * bytes of the chosen {@link DType}.
 *
 * @param params           trainable parameters
 * @param buffers          non-trainable stored values (batch-norm running mean and variance)
 * @param peakValues       activation values alive at the inference peak, per example
 * @param peakLayer        the layer being computed at that peak
 * <p>
 * These are the {@code textbook} convention's numbers; {@code conventions} holds every named convention
 * ({@link MemoryConventions#NAMES}: textbook, pytorch, dl4j) with its derivation.
 *
 * @param storedValues     activation values stored for training, per example
 * @param conventions      the estimates under each named convention, in {@link MemoryConventions#NAMES} order
 */
public record MemoryReport(Poly params, Poly buffers, Poly peakValues, String peakLayer, Poly storedValues,
        MemoryEstimate inference, MemoryEstimate sgd, MemoryEstimate momentum, MemoryEstimate adam,
        Map<String, ConventionMemory> conventions) {

    public MemoryReport {
        conventions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conventions));
    }

    /** This report with the named conventions filled in. */
    public MemoryReport withConventions(Map<String, ConventionMemory> named) {
        return new MemoryReport(params, buffers, peakValues, peakLayer, storedValues, inference, sgd, momentum, adam, named);
    }

    /** The estimates under convention {@code name}, or null when there is no such convention. */
    public ConventionMemory convention(String name) {
        return conventions.get(name);
    }

    /** The training estimate for an optimizer keeping {@code k} values per parameter (0, 1 or 2). */
    public MemoryEstimate training(int k) {
        return k == 0 ? sgd : k == 1 ? momentum : adam;
    }
}
