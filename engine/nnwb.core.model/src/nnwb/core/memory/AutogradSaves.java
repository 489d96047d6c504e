package nnwb.core.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nnwb.core.graph.Node;
import nnwb.core.model.LayerKind;
import nnwb.core.symbolic.Poly;

/**
 * The tensors PyTorch's autograd (1.13) saves for the backward pass of one training step, held until the
 * end of the forward pass, each storage counted once however many operations save it:
 * <ul>
 * <li>convolutions, transposed convolutions and fully connected layers: their input;</li>
 * <li>batch norm: its input, and per layer its saved mean and inverse standard deviation (2 × channels,
 * fp32, not per example);</li>
 * <li>ReLU, sigmoid, tanh and softmax: their output; GELU, SiLU, hard swish, hard sigmoid, ReLU6 and leaky
 * ReLU: their input;</li>
 * <li>max pooling: its input and its int64 indices (8 B per output value); average and adaptive pooling:
 * their input;</li>
 * <li>dropout: its mask, a tensor of the activations' type (on the CPU, 1.13's {@code dropout} multiplies by
 * a scaled Bernoulli noise tensor and saves it; CUDA's fused {@code native_dropout} keeps a 1 B bool mask
 * instead); element-wise products: both operands;</li>
 * <li>additions (torchvision's in-place residual sums included), concatenation, nearest upsampling and
 * flatten (a view): nothing;</li>
 * <li>the cross-entropy loss on the output (over the channel axis, as {@code F.cross_entropy}): the
 * log-softmax of the output, the int64 targets (one per output position) and one fp32 total weight.</li>
 * </ul>
 * In-place element-wise layers and residual sums write into their input's storage, so they add no storage
 * that is not already counted; an output that no operation saves is freed during the forward pass.
 */
final class AutogradSaves {

    private static final String INPUTS = "inputs of convolutions and fully connected layers (the network input included)";
    private static final String OUTPUTS = "outputs of ReLU, sigmoid, tanh and softmax (their backward reads the output)";
    private static final String ACT_INPUTS = "inputs of GELU, SiLU, hard swish, hard sigmoid, ReLU6 and leaky ReLU";
    private static final String POOL_INPUTS = "pooling inputs";

    /** What is saved: bytes per example and fixed bytes, each with its terms by what saved it first. */
    record Saved(Poly perExampleBytes, Poly fixedBytes, Map<String, Poly> perExampleTerms, Map<String, Poly> fixedTerms) {
    }

    /** One saved storage: its key, its bytes per example, and what saves it. */
    private record Save(String key, Poly bytes, String term) {
    }

    private AutogradSaves() {
    }

    static Saved of(MemoryInputs in) {
        Map<String, Save> storages = new LinkedHashMap<>();
        Map<String, Poly> fixed = new LinkedHashMap<>();
        int bytes = in.dtype().bytes();
        for (Node n : in.graph().nodes()) {
            for (Save s : saves(n, bytes)) {
                storages.putIfAbsent(s.key(), s);
            }
            if (n.kind() == LayerKind.BATCH_NORM) {
                fixed.merge("batch-norm saved mean and inverse std (2 × channels × 4 B per layer)",
                        n.outputShape().channels().multiply(8).multiply(n.multiplier()), Poly::add);
            }
        }
        Node out = in.graph().output();
        Poly positions = out.outputShape().area();
        storages.putIfAbsent("loss", new Save("loss", out.outputShape().elements().multiply(bytes), "loss: log-softmax of the output"));
        storages.putIfAbsent("target", new Save("target", positions.multiply(8), "loss: int64 targets, one per output position"));
        fixed.put("loss: total weight (one fp32)", Poly.of(4));
        Map<String, Poly> terms = new LinkedHashMap<>();
        Poly perExample = Poly.ZERO;
        for (Save s : storages.values()) {
            terms.merge(s.term(), s.bytes(), Poly::add);
            perExample = perExample.add(s.bytes());
        }
        Poly fixedBytes = fixed.values().stream().reduce(Poly.ZERO, Poly::add);
        return new Saved(perExample, fixedBytes, terms, fixed);
    }

    private static List<Save> saves(Node n, int bytes) {
        if (n.isInput() || n.inputs().isEmpty()) {
            return List.of();
        }
        Save input = output(n.inputs().get(0), bytes, null);
        return switch (n.kind()) {
            case CONV, CONV_TRANSPOSE, FC -> List.of(retitle(input, INPUTS));
            case BATCH_NORM -> List.of(retitle(input, "batch-norm inputs"));
            case RELU, SIGMOID, TANH, SOFTMAX -> List.of(output(n, bytes, OUTPUTS));
            case LEAKY_RELU, GELU, SILU, HARDSWISH, HARDSIGMOID, RELU6 -> List.of(retitle(input, ACT_INPUTS));
            case MAX_POOL -> List.of(retitle(input, POOL_INPUTS), new Save("indices:" + n.index(),
                    n.outputShape().elements().multiply(8).multiply(n.multiplier()), "max-pooling indices (int64, 8 B each)"));
            case AVG_POOL, ADAPTIVE_AVG_POOL, GLOBAL_AVG_POOL -> List.of(retitle(input, POOL_INPUTS));
            case DROPOUT -> List.of(new Save("mask:" + n.index(), n.outputShape().elements().multiply(bytes).multiply(n.multiplier()),
                    "dropout masks (the noise tensor, one value per activation)"));
            case MUL -> n.inputs().stream().map(i -> output(i, bytes, "operands of element-wise products")).toList();
            case ADD, CONCAT, UPSAMPLE, FLATTEN -> List.of();
        };
    }

    /** The storage holding {@code n}'s output: flatten is a view of its input's. */
    private static Save output(Node n, int bytes, String term) {
        Node owner = n;
        while (owner.kind() == LayerKind.FLATTEN) {
            owner = owner.inputs().get(0);
        }
        return new Save("output:" + owner.index(), owner.outputShape().elements().multiply(bytes).multiply(owner.multiplier()), term);
    }

    private static Save retitle(Save s, String term) {
        return new Save(s.key(), s.bytes(), term);
    }
}
