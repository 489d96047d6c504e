package nnwb.core.cost;

import java.util.List;
import nnwb.core.symbolic.Poly;

/**
 * Receptive field of one output cell of a layer, per axis of the network input,
 * in input cells (the convention of {@link nnwb.core.conv.RfStep}): {@code size}
 * cells seen (padding and dilation gaps included), {@code jump} cells between
 * neighbouring outputs (product of strides), {@code start} the centre of output
 * cell 0's field (input cell {@code i} is centred at {@code i + 1/2}). After a
 * global operation (flatten, fully connected, global pooling) every output sees
 * the whole input: {@code global} is true and size is the input size. Empty
 * lists when the network input has no spatial axes.
 */
public record ReceptiveField(List<Poly> size, List<Poly> jump, List<Poly> start, boolean global) {

    public ReceptiveField {
        size = List.copyOf(size);
        jump = List.copyOf(jump);
        start = List.copyOf(start);
    }

    /** False when the network input is a plain vector. */
    public boolean defined() {
        return !size.isEmpty();
    }

    /** True when every axis has the same size, jump and start (square kernels). */
    public boolean uniform() {
        return size.stream().distinct().count() <= 1 && jump.stream().distinct().count() <= 1 && start.stream().distinct().count() <= 1;
    }
}
