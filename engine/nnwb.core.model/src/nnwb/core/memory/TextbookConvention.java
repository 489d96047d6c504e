package nnwb.core.memory;

/**
 * The {@code textbook} convention: the count the coursework sheets mean (EPFL 1(c)/(d), the Berkeley memory
 * parts), exactly the {@link MemoryReport}'s own numbers, with a derivation that says per term what is and
 * is not counted.
 */
public final class TextbookConvention implements MemoryConvention {

    /** Its name. */
    public static final String NAME = "textbook";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ConventionMemory estimate(MemoryInputs in) {
        MemoryReport r = in.textbook();
        String derivation = "textbook convention (what the sheets count)\n"
                + "counted: parameters and batch-norm running statistics; for training one gradient per parameter, the "
                + "optimizer state (SGD 0, momentum 1, Adam 2 values per parameter) and every layer's output plus the "
                + "network input, each stored once for the backward pass (element-wise layers that are their input's "
                + "only reader and flatten share their input's storage)\n"
                + "not counted: gradients of activations (transient), the loss, max-pooling indices and dropout masks, "
                + "batch-norm saved statistics, framework workspaces and allocator overhead\n"
                + "inference:\n" + r.inference().derivation() + "\n"
                + "training with SGD:\n" + r.sgd().derivation() + "\n"
                + "training with momentum:\n" + r.momentum().derivation() + "\n"
                + "training with Adam:\n" + r.adam().derivation();
        return new ConventionMemory(NAME, r.inference(), r.sgd(), r.momentum(), r.adam(), derivation, null);
    }
}
