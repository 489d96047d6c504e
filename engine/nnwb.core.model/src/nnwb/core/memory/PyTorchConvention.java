package nnwb.core.memory;

import java.util.Map;

import nnwb.core.symbolic.Poly;
import nnwb.core.symbolic.PolyFormat;

/**
 * The {@code pytorch} convention: what PyTorch's autograd really keeps for one training step, the way
 * {@code torch.autograd.graph.saved_tensors_hooks} sees it (releng/bench/pytorch_memory.py measures it):
 * parameters, floating-point buffers, one gradient per parameter, the optimizer state after its step
 * (momentum: one buffer per parameter; Adam: two, plus a one-value fp32 {@code step} per parameter tensor)
 * and the distinct storages that autograd saves by the end of the forward pass ({@link AutogradSaves}).
 * Inference is parameters and buffers plus the peak of live activations (in-place activations, every
 * tensor freed after its last reader), as the textbook count has it.
 */
public final class PyTorchConvention implements MemoryConvention {

    /** Its name. */
    public static final String NAME = "pytorch";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ConventionMemory estimate(MemoryInputs in) {
        PolyFormat f = in.format();
        int b = in.dtype().bytes();
        Poly params = in.params().multiply(b);
        Poly buffers = in.buffers().multiply(b);
        Poly steps = in.paramTensors().multiply(4);
        AutogradSaves.Saved saved = AutogradSaves.of(in);
        StringBuilder d = new StringBuilder("pytorch convention (what autograd keeps for one training step)\n");
        d.append("parameters ").append(f.format(params)).append(" B + buffers ").append(f.format(buffers)).append(" B (")
                .append(in.dtype().label()).append(")\n");
        d.append("gradients: one per parameter = ").append(f.format(params)).append(" B\n");
        d.append("saved for backward, per example (each storage once):\n");
        terms(d, saved.perExampleTerms(), f);
        d.append("saved for backward, fixed:\n");
        terms(d, saved.fixedTerms(), f);
        d.append("not counted: in-place ReLUs and residual sums (no new storage), flatten (a view), outputs that no "
                + "operation saves (freed during the forward pass), gradients of activations (transient in backward), "
                + "the CUDA context and the caching allocator's rounding on a GPU\n");
        Poly fixedTrain = params.multiply(2).add(buffers).add(saved.fixedBytes());
        MemoryEstimate sgd = estimate(fixedTrain, saved.perExampleBytes(), in, "SGD: no state", d);
        MemoryEstimate momentum = estimate(fixedTrain.add(params), saved.perExampleBytes(), in,
                "momentum: one buffer per parameter = " + f.format(params) + " B", d);
        MemoryEstimate adam = estimate(fixedTrain.add(params.multiply(2)).add(steps), saved.perExampleBytes(), in,
                "Adam: exp_avg and exp_avg_sq per parameter = " + f.format(params.multiply(2)) + " B, and one fp32 step per "
                        + "parameter tensor = " + f.format(steps) + " B", d);
        MemoryEstimate tb = in.textbook().inference();
        MemoryEstimate inference = new MemoryEstimate(tb.fixedBytes(), tb.perExampleBytes(), in.batch(),
                "parameters and buffers + peak live activations under torch.no_grad (in-place activations):\n" + tb.derivation());
        d.append("inference: ").append(inference.derivation());
        return new ConventionMemory(NAME, inference, sgd, momentum, adam, d.toString(), null);
    }

    private static MemoryEstimate estimate(Poly fixed, Poly perExample, MemoryInputs in, String state, StringBuilder all) {
        PolyFormat f = in.format();
        String per = perExample.terms().size() > 1 ? "(" + f.format(perExample) + ")" : f.format(perExample);
        String text = "optimizer state " + state + "\nfixed " + f.format(fixed) + " B + " + f.format(in.batch()) + " × " + per
                + " B = " + f.format(fixed.add(in.batch().multiply(perExample))) + " B";
        all.append(text).append('\n');
        return new MemoryEstimate(fixed, perExample, in.batch(), text);
    }

    private static void terms(StringBuilder d, Map<String, Poly> terms, PolyFormat f) {
        terms.forEach((term, bytes) -> d.append("  ").append(term).append(": ").append(f.format(bytes)).append(" B\n"));
    }
}
