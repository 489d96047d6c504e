package nnwb.core.memory;

/**
 * A named way of counting the memory of a network: the sheet's textbook count, what PyTorch's autograd
 * keeps, what DL4J allocates. Each says per term what it counts in its derivation.
 */
public interface MemoryConvention {

    /** The name used in JSON and on the command line, e.g. {@code textbook}. */
    String name();

    /** This convention's memory for the network in {@code in}. */
    ConventionMemory estimate(MemoryInputs in);
}
