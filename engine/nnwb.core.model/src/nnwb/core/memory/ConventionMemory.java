package nnwb.core.memory;

/**
 * Memory of one network under one named convention: inference and training with SGD, momentum and Adam,
 * each {@code fixed + batch × perExample}, and a derivation that says per term what is counted and what is
 * not. When the convention cannot give a number for this network ({@code problem} is set, e.g. symbolic
 * sizes where it needs numbers, or a layer it does not model) the estimates are null: never a wrong number.
 *
 * @param name       the convention, e.g. {@code pytorch}
 * @param inference  a forward pass without gradients
 * @param sgd        one training step with plain SGD
 * @param momentum   one training step with SGD and momentum
 * @param adam       one training step with Adam
 * @param derivation per term: what is counted, what is not, with the numbers
 * @param problem    why there are no numbers, naming the layer; null when there are
 */
public record ConventionMemory(String name, MemoryEstimate inference, MemoryEstimate sgd, MemoryEstimate momentum,
        MemoryEstimate adam, String derivation, String problem) {

    /** The convention {@code name} gives no number for this network, for the reason {@code problem}. */
    public static ConventionMemory unavailable(String name, String problem) {
        return new ConventionMemory(name, null, null, null, null, name + ": " + problem, problem);
    }

    /** True when the estimates are numbers or formulas rather than absent. */
    public boolean available() {
        return problem == null;
    }

    /** The training estimate for an optimizer keeping {@code k} values per parameter (0, 1 or 2). */
    public MemoryEstimate training(int k) {
        return k == 0 ? sgd : k == 1 ? momentum : adam;
    }
}
