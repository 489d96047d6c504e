package nnwb.core.memory;

import java.util.ArrayList;
import java.util.List;

import nnwb.core.graph.Node;
import nnwb.core.model.LayerKind;
import nnwb.core.symbolic.Poly;

/**
 * The {@code dl4j} convention: what DL4J/ND4J 1.0.0-M2.1 allocates on the compute service (CPU, oneDNN helpers on,
 * workspaces enabled, {@code CacheMode.DEVICE}) to train this network, all fp32 whatever the chosen storage type,
 * calibrated against ND4J's measured peak (BENCHMARKS.md):
 * <ul>
 * <li>fixed: the flattened parameter view (DL4J counts batch-norm running statistics as parameters), the
 * flattened gradient view of the same length, and the updater state view (SGD 0, Nesterovs 1, Adam 2 values
 * per trainable parameter; the running statistics have a no-op updater);</li>
 * <li>per example, the activations workspace with its 5% over-allocation ({@code WS_ALL_LAYERS_ACT}): what
 * {@link Dl4jLayerTable} says each layer keeps;</li>
 * <li>per example, the activation-gradient workspaces and the layer working memory with their 2% over-allocation
 * ({@code WS_LAYER_ACT_n}, {@code WS_LAYER_WORKING_MEM}): {@link Dl4jGradientPool} replays how DL4J fills and
 * reuses them;</li>
 * <li>per example, the minibatch's features and labels (arrays outside workspaces).</li>
 * </ul>
 * Stated, not in the total: the im2col buffers of DL4J's generic convolution, which the oneDNN helpers replace.
 * Not modelled: oneDNN scratchpads (outside ND4J's counters), a few hundred bytes of workspace alignment, JVM and
 * native-library overhead. Refuses, naming the layer, networks the compute service cannot build (hard swish,
 * hard sigmoid, broadcast products, symbolic sizes or repeats, 3D data).
 */
public final class Dl4jConvention implements MemoryConvention {

    /** Its name. */
    public static final String NAME = "dl4j";

    private static final int FP32 = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ConventionMemory estimate(MemoryInputs in) {
        String problem = problem(in);
        if (problem != null) {
            return ConventionMemory.unavailable(NAME, problem);
        }
        Dl4jWorkspaces ws = Dl4jWorkspaces.of(in.graph());
        Poly params = in.params().add(in.buffers()).multiply(FP32);
        Poly trainable = in.params().multiply(FP32);
        long activations = ceilDiv(21 * FP32 * ws.activations(), 20);
        long gradients = ceilDiv(51 * FP32 * ws.gradients(), 50);
        long working = ceilDiv(51 * FP32 * ws.working(), 50);
        long batchArrays = FP32 * ws.batchArrays();
        Poly perExample = Poly.of(activations + gradients + working + batchArrays);
        var f = in.format();
        StringBuilder d = new StringBuilder("dl4j convention (what DL4J/ND4J 1.0.0-M2.1 allocates on the CPU with the oneDNN helpers, fp32; "
                + "calibrated against ND4J's measured workspaces)\n");
        d.append("parameter view (running statistics included) ").append(f.format(params)).append(" B, gradient view ")
                .append(f.format(params)).append(" B\n");
        d.append("activations workspace, per example: ").append(ws.activations()).append(" values × 4 B × 1.05 (over-allocation) = ")
                .append(activations).append(" B (every layer output, each convolution's cached pre-output, global pooling's vector copy;"
                        + " not the input array or flatten views)\n");
        d.append("activation-gradient workspaces, per example: ").append(ws.gradients()).append(" values in ").append(ws.gradientSpaces())
                .append(" reused workspaces × 4 B × 1.02 = ").append(gradients).append(" B (each keeps the largest gradient set it held;"
                        + " activation layers also copy their input)\n");
        d.append("layer working memory, per example: ").append(ws.working()).append(" values × 4 B × 1.02 = ").append(working)
                .append(" B (at ").append(ws.workingLayer()).append(")\n");
        d.append("minibatch features and labels, per example: ").append(batchArrays).append(" B\n");
        if (!ws.analogies().isEmpty()) {
            d.append("by analogy, not calibrated: ").append(String.join(", ", ws.analogies())).append('\n');
        }
        d.append("not in the total: generic kernels' im2col (helpers off), per example: ").append(FP32 * ws.im2col())
                .append(" B forward, twice that in backprop (at ").append(ws.im2colLayer()).append(")\n");
        d.append("not modelled: oneDNN scratchpads, workspace alignment (a few hundred bytes), JVM and native-library overhead\n");
        Poly fixedTrain = params.multiply(2);
        MemoryEstimate sgd = estimate(fixedTrain, perExample, in, "SGD: no updater state", d);
        MemoryEstimate momentum = estimate(fixedTrain.add(trainable), perExample, in, "Nesterovs: 1 value per trainable parameter", d);
        MemoryEstimate adam = estimate(fixedTrain.add(trainable.multiply(2)), perExample, in, "Adam: 2 values per trainable parameter", d);
        Poly inferencePerExample = Poly.of(ws.inference() * FP32);
        MemoryEstimate inference = new MemoryEstimate(params, inferencePerExample, in.batch(),
                "parameter view " + f.format(params) + " B + per example the input and every layer output in the inference "
                        + "workspace " + f.format(inferencePerExample) + " B (not calibrated)");
        d.append("inference: ").append(inference.derivation());
        return new ConventionMemory(NAME, inference, sgd, momentum, adam, d.toString(), null);
    }

    private static long ceilDiv(long a, long b) {
        return Math.floorDiv(a + b - 1, b);
    }

    private static MemoryEstimate estimate(Poly fixed, Poly perExample, MemoryInputs in, String state, StringBuilder all) {
        var f = in.format();
        String text = "updater state " + state + "\nfixed " + f.format(fixed) + " B + " + f.format(in.batch()) + " × " + f.format(perExample)
                + " B = " + f.format(fixed.add(in.batch().multiply(perExample))) + " B";
        all.append(text).append('\n');
        return new MemoryEstimate(fixed, perExample, in.batch(), text);
    }

    /** Why the compute service cannot train this network as it is, naming the layer; null when it can. */
    static String problem(MemoryInputs in) {
        List<String> problems = new ArrayList<>();
        if (!in.batch().isConstant()) {
            problems.add("the batch size is symbolic (" + in.format().format(in.batch()) + "); give it a value");
        }
        for (Node n : in.graph().nodes()) {
            if (!n.outputShape().isNumeric()) {
                problems.add(n.name() + ": symbolic shape " + n.outputShape().format(false, in.format()) + "; give the symbols values");
            } else if (!n.multiplier().equals(Poly.ONE)) {
                problems.add(n.name() + ": a symbolic repeat (" + in.format().format(n.multiplier()) + " copies); give the symbol a value");
            } else if (n.outputShape().rank() > 2) {
                problems.add(n.name() + ": " + n.outputShape().rank() + "D data; DL4J networks here are 1D and 2D only");
            } else if (n.kind() == LayerKind.HARDSWISH) {
                problems.add(n.name() + ": DL4J 1.0.0-M2.1 has no hard swish");
            } else if (n.kind() == LayerKind.HARDSIGMOID) {
                problems.add(n.name() + ": DL4J's hard sigmoid has slope 0.2 where PyTorch's has 1/6");
            } else if (n.kind() == LayerKind.MUL && n.inputs().size() == 2 && !n.inputs().get(0).outputShape().equals(n.inputs().get(1).outputShape())) {
                problems.add(n.name() + ": a product broadcasting a C×1×1 gate; DL4J's element-wise vertex needs equal shapes");
            }
        }
        return problems.isEmpty() ? null : "no DL4J figure: " + String.join("; ", problems);
    }
}
