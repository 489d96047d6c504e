package nnwb.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data of {@link Topics#FILTER_OPEN_KERNELS}: kernels and what they are.
 *
 * @param title   what the kernels are, e.g. "edge-cnn run 3, epoch 20, conv1"
 * @param kernels one {@code double[rows][cols]} per kernel (1..15 per side), cross-correlation kernels
 */
public record KernelSet(String title, List<double[][]> kernels) {

    public KernelSet {
        title = title == null || title.isBlank() ? "kernels" : title;
        if (kernels == null || kernels.isEmpty()) {
            throw new IllegalArgumentException("a kernel set needs at least one kernel");
        }
        List<double[][]> copy = new ArrayList<>();
        for (double[][] k : kernels) {
            if (k == null || k.length == 0) {
                throw new IllegalArgumentException("kernel " + (copy.size() + 1) + " has no rows");
            }
            double[][] c = new double[k.length][];
            for (int r = 0; r < k.length; r++) {
                c[r] = k[r].clone();
            }
            copy.add(c);
        }
        kernels = List.copyOf(copy);
    }

    /**
     * Reads the data of an event: a {@link KernelSet} as is, or a map with "title" and "kernels".
     *
     * @throws IllegalArgumentException when the data is neither
     */
    public static KernelSet from(Object data) {
        if (data instanceof KernelSet k) {
            return k;
        }
        if (data instanceof Map<?, ?> m && m.get("kernels") instanceof List<?> list) {
            List<double[][]> kernels = new ArrayList<>();
            for (Object o : list) {
                if (!(o instanceof double[][] k)) {
                    throw new IllegalArgumentException("every kernel must be a double[][], got "
                            + (o == null ? "null" : o.getClass().getSimpleName()));
                }
                kernels.add(k);
            }
            Object title = m.get("title");
            return new KernelSet(title == null ? null : title.toString(), kernels);
        }
        throw new IllegalArgumentException("expected a KernelSet or a map with title and kernels, got "
                + (data == null ? "nothing" : data.getClass().getSimpleName()));
    }
}
