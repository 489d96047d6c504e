package nnwb.core.conv;

/**
 * One kernel tap of a window: which kernel weight meets which grid cell.
 *
 * @param kernelIndex the weight index 0..k-1 (for a transposed convolution the flipped kernel is what slides,
 *                    so the first tap meets weight k-1)
 * @param cell        the grid cell under the tap
 */
public record Tap(int kernelIndex, GridCell cell) {
}
