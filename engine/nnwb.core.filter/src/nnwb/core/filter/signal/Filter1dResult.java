package nnwb.core.filter.signal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 1D output over an index range: {@code output[k]} is the sample at {@code indices[k]}.
 *
 * @param indices consecutive indices
 * @param output  the samples
 */
public record Filter1dResult(int[] indices, double[] output) {

    public Filter1dResult {
        if (indices.length != output.length || indices.length == 0) {
            throw new IllegalArgumentException("a 1D result needs as many outputs as indices, at least one");
        }
        indices = indices.clone();
        output = output.clone();
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    @Override
    public double[] output() {
        return output.clone();
    }

    /** The sample at index {@code n}; {@code n} must lie in the range. */
    public double at(int n) {
        int k = n - indices[0];
        if (k < 0 || k >= output.length) {
            throw new IllegalArgumentException("index " + n + " is outside " + indices[0] + ".." + indices[indices.length - 1]);
        }
        return output[k];
    }

    /** JSON shape: {@code indices} and {@code output} as lists. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indices", Arrays.stream(indices).boxed().toList());
        m.put("output", Arrays.stream(output).boxed().toList());
        return m;
    }

    /** The indices as a list. */
    public List<Integer> indexList() {
        return Arrays.stream(indices).boxed().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Filter1dResult r && Arrays.equals(r.indices, indices) && Arrays.equals(r.output, output);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(output);
    }

    @Override
    public String toString() {
        return "Filter1dResult[indices " + indices[0] + ".." + indices[indices.length - 1] + ", output " + Arrays.toString(output) + "]";
    }
}
