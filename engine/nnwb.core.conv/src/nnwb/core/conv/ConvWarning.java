package nnwb.core.conv;

import java.util.List;

/**
 * Something legal but probably unintended about a layer, with the cells involved.
 *
 * @param type         what kind of warning
 * @param message      one line for the user, with the numbers
 * @param inputCells   how many real input cells are concerned
 * @param paddingCells how many padding cells are concerned (stride remainder only)
 * @param inputRanges  the real input cells concerned, as ascending ranges
 */
public record ConvWarning(Type type, String message, long inputCells, long paddingCells, List<IndexRange> inputRanges) {

    public ConvWarning {
        inputRanges = List.copyOf(inputRanges);
    }

    /** The kinds of warning. */
    public enum Type {
        /** The stride does not divide the padded input minus the kernel span: cells at the end are never covered. */
        STRIDE_REMAINDER,
        /** Input cells inside the covered span that no tap ever reads (stride larger than the span, or dilation gaps). */
        UNREAD_INPUT,
        /** Transposed convolution: input cells whose every contribution falls in the cropped padding. */
        CROPPED_INPUT,
        /** Pooling padding above half the kernel, which PyTorch rejects. */
        POOL_PADDING
    }
}
